/**
 * Applies the stylesheet index.html preloads (scripts/vite-app-stylesheet.ts) where it is linked,
 * so it keeps its place before the pages' own stylesheets, and resolves once it is in use (also
 * when it cannot load: an unstyled app beats none). In development Vite adds styles with the
 * modules and there is nothing to apply.
 */
export function applyAppStylesheet(): Promise<void> {
  const preload = document.querySelector<HTMLLinkElement>('link[data-app-stylesheet]');
  if (!preload) return Promise.resolve();
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.crossOrigin = preload.crossOrigin;
  stylesheet.href = preload.href;
  const applied = new Promise<void>((resolve) => {
    stylesheet.onload = () => resolve();
    stylesheet.onerror = () => resolve();
  });
  preload.after(stylesheet);
  return applied;
}
