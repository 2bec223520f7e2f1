// Starts the app once a first view is on screen. web-shell.ts sends some pages with their
// frame and heading already drawn, and names their scripts in <template id="app-start"> instead
// of <head>: asked for in <head>, they shared the network with the stylesheet and the first
// paint waited for them (Lighthouse counted the page's 300 KB of scripts before its first view).
// scripts/write-first-views.tsx copies this file into assets/ under a content hash.
(() => {
  const start = document.getElementById('app-start');
  if (!(start instanceof HTMLTemplateElement)) return;
  const run = () => {
    // Its modulepreload and preload links, one per task: all of a page's chunks download at once,
    // in parallel, and the entry comes last. Each insertion starts a fetch (~2 ms on a phone): the
    // dozen of them in one go was a blocking task of ~80 ms at Lighthouse's 4x.
    const links = [...start.content.children];
    const next = () => {
      const link = links.shift();
      if (link) {
        document.head.append(link);
        setTimeout(next, 0);
        return;
      }
      const entry = document.createElement('script');
      entry.type = 'module';
      entry.crossOrigin = 'anonymous';
      entry.src = start.dataset.entry ?? '';
      document.head.append(entry);
    };
    next();
  };
  // After the first frame; a page opened in a background tab draws none until it is shown.
  if (document.visibilityState === 'hidden') run();
  else requestAnimationFrame(() => setTimeout(run, 0));
})();
