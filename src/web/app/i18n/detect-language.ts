import type { Locale } from '../../../contracts/common.js';

// Which language the app speaks before anything is loaded: no i18next here, so that the boot's
// first lines (main.tsx) can ask too.

export const storageKey = 'cadence.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** The browser's first French or English language, else English (what it sends as Accept-Language). */
export function browserLanguage(): Locale {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('fr')) return 'fr';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** French when the browser prefers French, English otherwise; a choice made in the app wins. */
export function detectLanguage(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the browser.
  }
  return browserLanguage();
}
