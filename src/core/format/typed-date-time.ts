import type { FormatLocale } from './format-minutes.js';

const pad2 = (value: number) => String(value).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= (daysInMonth[month - 1] ?? 0);
}

/** How a date field shows its value: 04/12/2026 in French, 12/04/2026 in English. */
export function dateInputPattern(locale: FormatLocale): 'DD/MM/YYYY' | 'MM/DD/YYYY' {
  return locale.toLowerCase().startsWith('fr') ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
}

/**
 * A date as typed in the interface's order (day first in French, month first in English; `/`, `.`
 * or `-` between parts, a two-digit year means 20xx), or in ISO `YYYY-MM-DD`, to `YYYY-MM-DD`;
 * null when it is not a real date.
 */
export function parseTypedDate(text: string, locale: FormatLocale): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
    if (!local) return null;
    const [first, second, yearText] = [Number(local[1]), Number(local[2]), local[3] ?? ''];
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    parts = dateInputPattern(locale) === 'DD/MM/YYYY' ? [year, second, first] : [year, first, second];
  }
  const [year, month, day] = parts;
  return isRealDate(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : null;
}

/**
 * A time of day as people type it, 24-hour ("9:30", "09h30", "9h", "0930", "9") or with am/pm
 * ("9:30 pm", "2pm"), to `HH:MM`; null when it is not a time of day.
 */
export function parseTypedTime(text: string): string | null {
  const normalised = text.trim().toLowerCase().replace(/\s+/g, '');
  const match = /^(\d{1,2})(?:[:h.]?(\d{2})|h)?(am|pm|a|p)?$/.exec(normalised);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem.startsWith('p') ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${pad2(hours)}:${pad2(minutes)}`;
}
