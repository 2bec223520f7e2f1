import { createHash } from 'node:crypto';

/**
 * The first formatter a page makes (`Intl.NumberFormat`, `Intl.DateTimeFormat`) makes ICU load its
 * data: the list of available locales, the Unicode extensions' and likely subtags' tables. That is
 * ~40–55 ms in Chromium on this host, 150–400 ms on a slow phone, in one call that nothing can
 * split, and the renderer process keeps it (bench/README.md, "Session 21"). In the app's boot it
 * was one or two long tasks after the first paint, while the page could not answer a tap.
 *
 * Run by the HTML parser instead, at the end of a workspace page's body (web-shell.ts), it is paid
 * while the main thread waits for the stylesheet and the scripts to arrive, before anything is
 * painted: the app's own formats then find the data loaded. The calls are those of the app's
 * first pass: plural rules (i18next), numbers, dates, a date in a zone, in the page's language
 * (`<html lang>`, which the server sets). Inline, so it costs no request; the Content-Security-Policy
 * allows exactly this text by its hash (security-headers.ts).
 */
export const intlWarmUpScript =
  '(()=>{const l=document.documentElement.lang;try{new Intl.PluralRules(l).select(1);' +
  "new Intl.NumberFormat(l).format(1);new Intl.DateTimeFormat(l).format(0);new Intl.DateTimeFormat(l,{timeZone:'UTC',year:'numeric'}).format(0)}catch{}})()";

/** The script's CSP source expression (`script-src`). */
export const intlWarmUpSource = `'sha256-${createHash('sha256').update(intlWarmUpScript).digest('base64')}'`;
