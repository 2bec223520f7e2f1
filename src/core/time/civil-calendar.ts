/*
 * Proleptic Gregorian day counting in plain integers (Howard Hinnant's days_from_civil), the same
 * calendar as Temporal's ISO one. Why not Temporal here: the polyfill spends tens of microseconds
 * per PlainDate operation, and routine expansion, overlap checks and reports do this for
 * thousands of dates. Anything involving a time zone still goes through Temporal.
 */

/** Days since 1970-01-01 of a (year, month 1..12, day) triple. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of {@link daysFromCivil}: [year, month 1..12, day]. */
export function civilFromDays(days: number): [number, number, number] {
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
  return [month <= 2 ? yearOfEra + era * 400 + 1 : yearOfEra + era * 400, month, day];
}

export function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

export function padNumber(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** `YYYY-MM-DD` of an epoch day (years 0..9999). */
export function formatEpochDay(days: number): string {
  const [year, month, day] = civilFromDays(days);
  return `${padNumber(year, 4)}-${padNumber(month)}-${padNumber(day)}`;
}

const LOCAL_DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch day of a strict, real `YYYY-MM-DD` date, or null. */
export function parseEpochDay(value: string): number | null {
  const match = LOCAL_DATE_PARTS.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}
