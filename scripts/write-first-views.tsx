// After `vite build`: renders each listed workspace page's first view (its frame's header and its
// heading, src/web/features/shell/first-view.tsx) in French and English, with the app's own
// components, theme and strings, into dist/web/first-views.json; and copies the script that starts
// the app after that view is drawn (src/web/boot/start-app.js) into assets/ under a content hash.
// The server puts a view into the page it sends for an address of that route (web-shell.ts).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { withFrenchTypography } from '../src/core/format/french-typography.js';
import { en } from '../src/web/app/i18n/en.js';
import { fr } from '../src/web/app/i18n/fr.js';
import { cssVariablesResolver, theme } from '../src/web/app/theme.js';
import { FirstView } from '../src/web/features/shell/first-view.js';
import { type ListedPage, pageHeadings } from '../src/web/features/workspaces/page-headings.js';

const root = path.resolve(import.meta.dirname, '..');
const webRoot = path.join(root, 'dist/web');
const catalogues = { fr: withFrenchTypography(fr), en } as const;

/** The first views, by page path (`budget`, `results/agency`) then language. */
export async function renderFirstViews(): Promise<Record<string, Record<'fr' | 'en', string>>> {
  const views: Record<string, Record<'fr' | 'en', string>> = {};
  for (const language of ['fr', 'en'] as const) {
    const i18n = i18next.createInstance();
    await i18n.use(initReactI18next).init({
      resources: { [language]: { translation: catalogues[language] } },
      lng: language,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    for (const page of Object.keys(pageHeadings) as ListedPage[]) {
      views[page] ??= { fr: '', en: '' };
      views[page][language] = renderToStaticMarkup(
        <I18nextProvider i18n={i18n}>
          <MantineProvider
            theme={theme}
            cssVariablesResolver={cssVariablesResolver}
            defaultColorScheme="light"
          >
            <FirstView page={page} />
          </MantineProvider>
        </I18nextProvider>,
      );
    }
  }
  return views;
}

if (process.argv[1] === import.meta.filename) {
  const loader = readFileSync(path.join(root, 'src/web/boot/start-app.js'));
  const loaderFile = `assets/start-app-${createHash('sha256').update(loader).digest('base64url').slice(0, 10)}.js`;
  writeFileSync(path.join(webRoot, loaderFile), loader);
  // Keyed by the router's pattern, as route-preloads.json is: the server finds both with one match.
  const views = Object.fromEntries(
    Object.entries(await renderFirstViews()).map(([page, view]) => [`/w/$workspaceId/${page}`, view]),
  );
  writeFileSync(path.join(webRoot, 'first-views.json'), JSON.stringify({ loader: `/${loaderFile}`, views }));
  console.log(`write-first-views: ${Object.keys(views).length} pages, ${loaderFile}`);
}
