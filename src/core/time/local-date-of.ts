import type { LocalDate, TimeZoneName } from './local-value-checks.js';

/*
 * The local date of an instant with Intl only, no Temporal: the same answer as `getLocalDate`
 * (zoned-bounds.ts; the test compares them hour by hour around clock changes), for code the web
 * app draws with (the header, the week's progress): the Temporal polyfill is ~55 KB minified, and
 * a page that needs nothing else from it should not download it.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** The fields of `instant` in `zone`, from a kept formatter (building one costs more than formatting). */
function partsOf(instant: string | number | Date, zone: TimeZoneName, withTime: boolean) {
  const key = `${zone}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    formats.set(key, format);
  }
  const parts = format.formatToParts(new Date(instant));
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
}

/**
 * The local date of `instant` (an ISO instant the API wrote, epoch milliseconds or a Date) in `zone`.
 * @throws RangeError on an unknown zone or an invalid instant.
 */
export function localDateOf(instant: string | number | Date, zone: TimeZoneName): LocalDate {
  const part = partsOf(instant, zone, false);
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * The local date and wall-clock time (`HH:MM`, 24-hour: midnight is "00:00", never "24:00") of
 * `instant` in `zone`.
 */
export function localDateAndTimeOf(
  instant: string | number | Date,
  zone: TimeZoneName,
): { date: LocalDate; time: string } {
  const part = partsOf(instant, zone, true);
  return {
    date: `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}
