import type { Locale } from '../../../contracts/common.js';

/** The key under which a language chosen in the app is remembered on this device. */
export const languageStorageKey = 'cadence.locale';

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

/**
 * French when the browser prefers French, English otherwise; a choice made in the app wins.
 * A file of its own, without i18next: the boot's entry (main.tsx) reads it before any stage.
 */
export function detectLanguage(): Locale {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the browser.
  }
  return browserLanguage();
}
