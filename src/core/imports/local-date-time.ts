import { countDaysFromCivil } from '../tracking/instant.js';

/** The order of day, month and year in a file's dates, whatever the separator (`-`, `/`, `.`). */
export type DateFormat = 'ymd' | 'mdy' | 'dmy';

/** A date split into its three numbers, before knowing which is the day and which the month. */
export interface DateTriple {
  first: number;
  second: number;
  third: number;
  firstDigits: number;
  thirdDigits: number;
}

const DATE_PATTERN = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$/;
const TIME_PATTERN = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?$/i;
const CLOCK_DURATION_PATTERN = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const DECIMAL_HOURS_PATTERN = /^\d+(?:[.,]\d+)?$/;

export function splitDateText(text: string): DateTriple | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [, first = '', second = '', third = ''] = match;
  return {
    first: Number(first),
    second: Number(second),
    third: Number(third),
    firstDigits: first.length,
    thirdDigits: third.length,
  };
}

function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads a two- or four-digit year; a two-digit year (Excel re-saves) is taken in 2000-2099. */
function readYear(value: number, digits: number): number | null {
  if (digits === 4) return value;
  if (digits === 2) return 2000 + value;
  return null;
}

/**
 * The day number (days since 1970-01-01) of a date under a format, or null when the date does not
 * exist in that format (month 13, 31 April, 29 February of a common year, year outside 1900-2999).
 */
export function resolveDateTriple(triple: DateTriple, format: DateFormat): number | null {
  let year: number | null;
  let month: number;
  let day: number;
  if (format === 'ymd') {
    year = triple.firstDigits === 4 ? triple.first : null;
    month = triple.second;
    day = triple.third;
  } else {
    if (triple.firstDigits > 2) return null;
    year = readYear(triple.third, triple.thirdDigits);
    month = format === 'mdy' ? triple.first : triple.second;
    day = format === 'mdy' ? triple.second : triple.first;
  }
  if (year === null || year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  if (day < 1 || day > countDaysInMonth(year, month)) return null;
  return countDaysFromCivil(year, month, day);
}

/** Seconds since local midnight of `09:05`, `09:05:00`, `9:05 AM`, `9:05:00 pm`, `9:05 a.m.`; or null. */
export function parseClockTime(text: string): number | null {
  const match = TIME_PATTERN.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3] ?? 0);
  const meridiem = match[4]?.toLowerCase();
  if (minute > 59 || second > 59) return null;
  if (meridiem === undefined) {
    if (hour > 23) return null;
  } else {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return hour * 3600 + minute * 60 + second;
}

/**
 * A tracker's duration cell in seconds: `1:30:00`, `25:00:00`, `1:30`, or decimal hours `1.50` /
 * `1,50`. Null when unreadable or negative (the caller then trusts start and end).
 */
export function parseTrackerDuration(text: string): number | null {
  const clock = CLOCK_DURATION_PATTERN.exec(text);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
  if (DECIMAL_HOURS_PATTERN.test(text)) return Math.round(Number(text.replace(',', '.')) * 3600);
  return null;
}

export interface DateFormatDetection {
  format: DateFormat;
  /** True when another format also reads every date: the app should let the person confirm. */
  isAmbiguous: boolean;
  /** The other formats that read every date of the file. */
  alternatives: DateFormat[];
  /** True when the caller imposed the format. */
  isForced: boolean;
}

const FORMATS: readonly DateFormat[] = ['ymd', 'dmy', 'mdy'];

export interface DateFormatDetector {
  /** Records the dates of one row (start, and end when present). */
  addRow(dates: readonly DateTriple[]): void;
  resolve(options?: { preferredDateOrder?: 'dmy' | 'mdy' }): DateFormatDetection | null;
}

/**
 * Chooses the date format over the WHOLE file, since `03/04/2026` alone is ambiguous; rows are
 * fed one by one and only counters are kept, so a large file costs no memory here.
 * The format that reads every row wins; when several do (all days <= 12), the one whose dates span
 * the fewest days wins (an export covers a period: `03/04`, `03/05`, `03/06` is three days in
 * March, not three months), then `preferredDateOrder`, then `dmy` (most Cadence users are French).
 * When none reads every row, the one reading the most rows wins and the other rows get
 * `invalid_date` errors. `resolve` gives null when the file has no readable date.
 */
export function createDateFormatDetector(): DateFormatDetector {
  const stats = FORMATS.map((format) => ({ format, validRows: 0, minDay: Infinity, maxDay: -Infinity }));
  let rowsWithDates = 0;
  return {
    addRow(dates) {
      if (dates.length === 0) return;
      rowsWithDates += 1;
      for (const stat of stats) {
        let minDay = stat.minDay;
        let maxDay = stat.maxDay;
        let isValid = true;
        for (const triple of dates) {
          const day = resolveDateTriple(triple, stat.format);
          if (day === null) {
            isValid = false;
            break;
          }
          minDay = Math.min(minDay, day);
          maxDay = Math.max(maxDay, day);
        }
        if (!isValid) continue;
        stat.validRows += 1;
        stat.minDay = minDay;
        stat.maxDay = maxDay;
      }
    },
    resolve(options = {}) {
      const bestCount = Math.max(...stats.map((stat) => stat.validRows));
      if (rowsWithDates === 0 || bestCount === 0) return null;
      const preferred = options.preferredDateOrder ?? 'dmy';
      const rank = (format: DateFormat) => (format === preferred ? 0 : 1);
      const span = (stat: (typeof stats)[number]) => stat.maxDay - stat.minDay;
      const [chosen, ...others] = stats
        .filter((stat) => stat.validRows === bestCount)
        .sort((left, right) => span(left) - span(right) || rank(left.format) - rank(right.format));
      if (!chosen) return null;
      const alternatives = bestCount === rowsWithDates ? others.map((stat) => stat.format) : [];
      return { format: chosen.format, isAmbiguous: alternatives.length > 0, alternatives, isForced: false };
    },
  };
}

/** {@link createDateFormatDetector} over rows already in memory. */
export function detectDateFormat(
  rows: readonly (readonly DateTriple[])[],
  options: { preferredDateOrder?: 'dmy' | 'mdy' } = {},
): DateFormatDetection | null {
  const detector = createDateFormatDetector();
  for (const dates of rows) detector.addRow(dates);
  return detector.resolve(options);
}
