import { dateTimeFormat } from './date-time-format.js';

/**
 * Two local dates of one span, each as a sentence says it with the words between them in the
 * language's strings ("du {{from}} au {{to}}"): what they share said once, where the language puts
 * it. French "7" and "13 décembre", English "December 7" and "13"; across a year both in full.
 * The dates are calendar days, formatted at UTC noon (zone-free).
 */
export function formatLocalDateSpan(
  from: string,
  to: string,
  language: string,
  options: Intl.DateTimeFormatOptions,
): { from: string; to: string } {
  const parts = dateTimeFormat(language, { ...options, timeZone: 'UTC' }).formatRangeToParts(
    new Date(`${from}T12:00:00Z`),
    new Date(`${to}T12:00:00Z`),
  );
  const lastOfStart = parts.findLastIndex((part) => part.source === 'startRange');
  const firstOfEnd = parts.findIndex((part) => part.source === 'endRange');
  // One day (or none of the fields differs): the date once, as both ends.
  if (lastOfStart < 0 || firstOfEnd < 0) {
    const whole = parts.map((part) => part.value).join('');
    return { from: whole, to: whole };
  }
  const text = (slice: Intl.DateTimeRangeFormatPart[]) =>
    slice
      .map((part) => part.value)
      .join('')
      .trim();
  return { from: text(parts.slice(0, lastOfStart + 1)), to: text(parts.slice(firstOfEnd)) };
}
