// The Mantine styles the app draws with: the render-blocking stylesheet, named in index.html.
import './ui/mantine-styles.js';
import { detectLanguage } from './app/i18n/detect-language.js';
import { warmUpIntlOffThread } from './app/warm-up-intl.js';
import { yieldToBrowser } from './boot/yield-to-browser.js';

// The app's code evaluated in stages, each in a task of its own. One graph of static imports is
// evaluated in ONE task (a phone spent ~200 ms in it, every millisecond past 50 counted as
// blocking time). Every stage's file is named in index.html's modulepreload links (the build puts
// them there: scripts/vite-boot-stages.ts), so they all download from the start, in parallel, and
// an import() here only evaluates a file already fetched. A stage is the file of what the app
// loads from it and not from an earlier one (scripts/vite-chunk-groups.ts); the last starts the app.
const stages = [
  () => import('./boot/react.js'),
  () => import('./boot/mantine.js'),
  () => import('./boot/libraries.js'),
  () => import('./boot/zod.js'),
];

async function boot() {
  // A workspace page formats numbers and dates in its first render: ICU's data is loaded by a
  // worker first (app/warm-up-intl.ts), while the stages' files download, not in the main thread's
  // tasks once they are in.
  if (window.location.pathname.startsWith('/w/')) await warmUpIntlOffThread(detectLanguage());
  for (const stage of stages) {
    await stage();
    await yieldToBrowser();
  }
  const { startApp } = await import('./boot/app.js');
  // The app's start (the router made, its first load and i18n's started) in a task of its own too.
  await yieldToBrowser();
  startApp();
}

void boot();
