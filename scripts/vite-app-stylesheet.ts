import type { Plugin } from 'vite';

/** Marks the app's stylesheet in index.html; src/web/app/app-stylesheet.ts applies it. */
export const appStylesheetAttribute = 'data-app-stylesheet';

/**
 * index.html's stylesheet (Mantine's and the app's styles) downloads as before, at the highest
 * priority, but no longer holds the first paint: the page's own inline styles draw the shell (the
 * brand bar) as soon as the HTML arrives, and the entry applies the stylesheet before React draws
 * anything (nothing drawn by React is ever seen unstyled). On a slow phone network the shell shows
 * without waiting for ~23 KB of CSS, which shares the line with the scripts.
 */
export function deferAppStylesheet(html: string): string {
  const stylesheets = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  const [stylesheet] = stylesheets;
  if (stylesheets.length !== 1 || !stylesheet)
    throw new Error(`index.html should link one stylesheet, found ${stylesheets.length}`);
  return html.replace(
    stylesheet,
    stylesheet.replace('rel="stylesheet"', `rel="preload" as="style" ${appStylesheetAttribute}`),
  );
}

export function appStylesheetAfterShell(): Plugin {
  return {
    name: 'cadence-app-stylesheet-after-shell',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: deferAppStylesheet },
  };
}
