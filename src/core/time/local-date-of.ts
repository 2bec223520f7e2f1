import type { LocalDate, TimeZoneName } from './local-value-checks.js';

/*
 * The local date of an instant with Intl only, no Temporal: the same answer as `getLocalDate`
 * (zoned-bounds.ts; the test compares them hour by hour around clock changes), for code the web
 * app draws with (the header, the week's progress): the Temporal polyfill is ~55 KB minified, and
 * a page that needs nothing else from it should not download it.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The local date of `instant` (an ISO instant the API wrote, epoch milliseconds or a Date) in `zone`.
 * @throws RangeError on an unknown zone or an invalid instant.
 */
export function localDateOf(instant: string | number | Date, zone: TimeZoneName): LocalDate {
  let format = dateFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(zone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
