import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { Me } from '../../contracts/me.js';
import { App } from '../app/app.js';
import { detectLanguage, initI18n } from '../app/i18n/index.js';
import { meQueryKey } from '../app/me-queries.js';
import { dropPageAnswers } from '../app/page-answers.js';
import { followProfileLanguage } from '../app/profile-language.js';
import { createQueryClient } from '../app/query-client.js';
import { createAppRouter } from '../app/router.js';
import { warmUpIntl } from '../app/warm-up-intl.js';

/** The app's start, the last stage of the boot (main.tsx): everything it uses is evaluated by now. */
export function startApp() {
  // The page is drawn once its language's strings are in (a chunk of their own, which the server
  // names in the page's modulepreload links, see server/platform/web-shell.ts): never a flash of keys.
  const languageReady = initI18n();

  // The first page's route, code and data are loaded before React draws anything, while the strings
  // arrive: React then draws the page once, complete. Mounted first, the router would draw a pending
  // page, then redraw everything synchronously when its state changed (a single long task on a phone).
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  const firstPageLoaded = router.load().catch(() => undefined);
  // The data the page came with served that first load (app/page-answers.ts): later GETs ask anew.
  void firstPageLoaded.then(dropPageAnswers);

  // A workspace page formats dates in the workspace's zone (its loader asks for "today" there), and
  // the first use of Intl makes ICU load its data: ~40 ms, 150–400 ms on a slow phone, in the middle
  // of the page's loader once its chunk arrives. A worker started by the entry loads it meanwhile
  // (main.tsx); what remains is paid here, in short tasks of their own while the first page's
  // requests are in flight (the main thread waits for them).
  if (window.location.pathname.startsWith('/w/')) warmUpIntl(detectLanguage());

  // The built app installs its service worker (dist/web/sw.js, written at build time): the shell
  // then opens without network. Not in development, where Vite serves unbundled modules.
  // The page may have finished loading while the boot's stages ran.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const register = () => navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register);
  }

  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  const root = createRoot(container);
  // As a transition, React draws the first page in slices of a few milliseconds, yielding to the
  // browser between them, instead of one task that blocks a phone's main thread for a second.
  const render = () =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <App queryClient={queryClient} router={router} />
        </StrictMode>,
      ),
    );
  // A signed-in person's profile language (see RootLayout), known once the first page is loaded, is
  // applied before the first render: the page never appears in one language and then switches, nor
  // takes back a language chosen in that moment. Strings that cannot load (offline without the
  // service worker's copy) still leave a usable app.
  Promise.allSettled([languageReady, firstPageLoaded])
    .then(() => followProfileLanguage(queryClient.getQueryData<Me | null>(meQueryKey)))
    .then(render, render);
}
