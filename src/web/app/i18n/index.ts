import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import type { Locale } from '../../../contracts/common.js';
import { withFrenchTypography } from '../../../core/format/french-typography.js';
import { yieldToBrowser } from '../../boot/yield-to-browser.js';
import {
  browserLanguage,
  detectLanguage,
  isLocale,
  languageStorageKey as storageKey,
} from './detect-language.js';
import type { Translation } from './fr.js';

export { detectLanguage };

/**
 * The server preloads the language's strings with the page it sends (web-shell.ts
 * `chooseLanguage`): from the browser's languages, or from this cookie when the app speaks
 * another one (a choice made in the app, or the profile's). No cookie when they agree.
 */
function tellServerLanguage(locale: Locale) {
  const name = `${storageKey}=`;
  const isNeeded = locale !== browserLanguage();
  if (!isNeeded && !document.cookie.split('; ').some((entry) => entry.startsWith(name))) return;
  // biome-ignore lint/suspicious/noDocumentCookie: one plain cookie; the Cookie Store API is missing from Firefox.
  document.cookie = `${name}${isNeeded ? locale : ''}; path=/; max-age=${isNeeded ? 31_536_000 : 0}; samesite=lax`;
}

export function currentLanguage(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fr';
}

/**
 * Client-side validation speaks the interface language: friendly messages for the common cases,
 * zod's own translations for the rest.
 */
function configureValidationMessages(locale: Locale) {
  const localeError = (locale === 'fr' ? z.locales.fr() : z.locales.en()).localeError;
  z.config({
    localeError,
    customError: (issue) => {
      if (issue.code === 'too_small' && issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? i18n.t('validation.required')
          : i18n.t('validation.tooShort', { count: Number(issue.minimum) });
      }
      if (issue.code === 'too_big' && issue.origin === 'string') {
        return i18n.t('validation.tooLong', { count: Number(issue.maximum) });
      }
      if (issue.code === 'invalid_format' && issue.format === 'email') return i18n.t('validation.email');
      if (issue.code === 'invalid_value') return i18n.t('validation.choose');
      if (issue.code === 'invalid_type' && issue.input === undefined) return i18n.t('validation.required');
      return undefined;
    },
  });
}

function applyLanguage(locale: Locale) {
  document.documentElement.lang = locale;
  tellServerLanguage(locale);
  configureValidationMessages(locale);
}

/**
 * Each language's strings are their own chunk (see scripts/vite-language-catalogues.ts): a visit
 * downloads only its language (the server preloads it beside the entry: web-shell.ts), the
 * other one on a switch. French spacing (no-break spaces before ? ! ; :) is applied once: by the
 * build, or here in development.
 */
const catalogues: Record<Locale, () => Promise<Translation>> = {
  // The build applies the spacing to the French chunk itself (scripts/vite-language-catalogues.ts).
  fr: () =>
    import('./fr.js').then((module) => (import.meta.env.PROD ? module.fr : withFrenchTypography(module.fr))),
  en: () => import('./en.js').then((module) => module.en),
};

async function ensureCatalogue(locale: Locale) {
  if (!i18n.hasResourceBundle(locale, 'translation'))
    i18n.addResourceBundle(locale, 'translation', await catalogues[locale]());
}

/**
 * Switches the interface language and remembers it on this device. The page keeps the current
 * language until the other one's strings have arrived: it never shows their keys.
 */
export async function changeLanguage(locale: Locale) {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembered on this device; the profile still keeps it when signed in.
  }
  await ensureCatalogue(locale);
  await i18n.changeLanguage(locale);
  applyLanguage(locale);
}

/** Loads the visitor's language, then sets i18next up with it: call before the first render. */
export async function initI18n() {
  const locale = detectLanguage();
  const translation = await catalogues[locale]();
  // The strings' file is evaluated in the task that imported it (a phone: ~40 ms); i18next starts
  // in the next one, so that the two are not one long task.
  await yieldToBrowser();
  await i18n.use(initReactI18next).init({
    resources: { [locale]: { translation } },
    lng: locale,
    // Both languages have every key (en.ts is typed by fr.ts): nothing to fall back to.
    fallbackLng: false,
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    // One namespace, keys that are dotted paths: said, so that each t() skips i18next's guess at
    // whether a key is a sentence or names a namespace (regular expressions on every call): a t()
    // 20-30 % faster in a micro-benchmark (bench/README.md, "Session 26").
    nsSeparator: false,
    keySeparator: '.',
  });
  applyLanguage(locale);
  return i18n;
}

export { i18n };
