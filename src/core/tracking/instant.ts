import { Temporal } from 'temporal-polyfill';

/**
 * UTC instants cross the core boundary as ISO strings. Tracked time is counted in whole seconds
 * (trackers export seconds), so instants are normalised to whole seconds when formatted.
 */

const SECONDS_PER_DAY = 86_400;

/** Parses an ISO instant that carries `Z` or an offset; returns epoch milliseconds, or null. */
export function parseInstantMs(text: string): number | null {
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    return null;
  }
}

/** Like {@link parseInstantMs} but throws a RangeError naming the field, for trusted inputs. */
export function requireInstantMs(text: string, field: string): number {
  const epochMs = parseInstantMs(text);
  if (epochMs === null) {
    throw new RangeError(`${field} must be an ISO instant with an offset or Z, got "${text}"`);
  }
  return epochMs;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
 * Plain arithmetic: bulk imports convert hundreds of thousands of rows and the Temporal polyfill
 * is two orders of magnitude slower for this.
 */
export function countDaysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of {@link countDaysFromCivil}. */
export function convertDaysToCivil(days: number): { year: number; month: number; day: number } {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function padNumber(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats epoch seconds as `YYYY-MM-DDTHH:MM:SSZ` (years 0000-9999). */
export function formatUtcInstant(epochSeconds: number): string {
  const whole = Math.floor(epochSeconds);
  const days = Math.floor(whole / SECONDS_PER_DAY);
  const secondOfDay = whole - days * SECONDS_PER_DAY;
  const { year, month, day } = convertDaysToCivil(days);
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  return (
    `${padNumber(year, 4)}-${padNumber(month, 2)}-${padNumber(day, 2)}` +
    `T${padNumber(hour, 2)}:${padNumber(minute, 2)}:${padNumber(second, 2)}Z`
  );
}

/** Whole epoch seconds of an instant in milliseconds (floor, so sub-second parts never round up). */
export function convertMsToEpochSeconds(epochMs: number): number {
  return Math.floor(epochMs / 1000);
}
