// Starts downloading the visitor's language strings beside the entry's scripts, instead of after
// they have run (the app draws nothing before them). The build writes each language's chunk into
// <meta name="cadence-catalogues" content="fr=/assets/… en=/assets/…">; the language is chosen as
// src/web/app/i18n/index.ts chooses it (the choice made on this device, else the browser's).
(() => {
  const meta = document.querySelector('meta[name="cadence-catalogues"]');
  if (!meta) return;
  const files = Object.fromEntries(meta.content.split(' ').map((pair) => pair.split('=')));
  let language = null;
  try {
    const stored = window.localStorage.getItem('cadence.locale');
    if (stored === 'fr' || stored === 'en') language = stored;
  } catch {
    // Storage unavailable: the browser's languages decide.
  }
  if (!language) {
    const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
    for (const tag of preferred) {
      const lower = (tag || '').toLowerCase();
      if (lower.startsWith('fr')) language = 'fr';
      else if (lower.startsWith('en')) language = 'en';
      if (language) break;
    }
  }
  const file = files[language || 'en'];
  if (!file) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = file;
  document.head.append(link);
})();
