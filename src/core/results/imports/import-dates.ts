import {
  type DateFormat,
  type DateFormatDetection,
  type DateTriple,
  detectDateFormat,
  parseClockTime,
  resolveDateTriple,
  splitDateText,
} from '../../imports/local-date-time.js';
import { createLocalToUtcConverter } from '../../imports/local-to-utc.js';
import { convertDaysToCivil } from '../../tracking/instant.js';

/** A date cell split into its date and optional time; an instant with an offset stands alone. */
type DateCell = { triple: DateTriple; secondOfDay: number | null } | { instantMs: number };

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function splitDateCell(cell: string): DateCell | null {
  const text = cell.trim();
  if (ISO_WITH_OFFSET.test(text)) {
    const withColon = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const ms = Date.parse(withColon);
    return Number.isNaN(ms) ? null : { instantMs: ms };
  }
  const [datePart = '', ...rest] = text.split(/[ T]+|,\s*/);
  const triple = splitDateText(datePart);
  if (!triple) return null;
  const timeText = rest.join(' ').trim();
  if (timeText === '') return { triple, secondOfDay: null };
  const secondOfDay = parseClockTime(timeText);
  return secondOfDay === null ? null : { triple, secondOfDay };
}

export type ResolvedDate = { localDate: string; instant: string };

export type DateReader = {
  format: DateFormatDetection | null;
  /** The local date and the UTC instant (noon when the file gives no time), or null if unreadable. */
  read(cell: string): ResolvedDate | null;
};

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Reads a file's date column: the order of day and month is decided over all its cells (the time
 * import's detector: `03/04/2026` alone could be either), unless imposed; local times are turned
 * into instants in `zone` with the one DST rule. A date without a time is taken at local noon, so
 * it stays on its day in any zone.
 */
export function createDateReader(
  cells: readonly string[],
  options: { zone: string; dateFormat?: DateFormat; preferredDateOrder?: 'dmy' | 'mdy' },
): DateReader {
  const toUtc = createLocalToUtcConverter(options.zone);
  const triples = cells.flatMap((cell) => {
    const split = splitDateCell(cell);
    return split && 'triple' in split ? [[split.triple]] : [];
  });
  const format: DateFormatDetection | null = options.dateFormat
    ? { format: options.dateFormat, isAmbiguous: false, alternatives: [], isForced: true }
    : detectDateFormat(
        triples,
        options.preferredDateOrder ? { preferredDateOrder: options.preferredDateOrder } : {},
      );
  return {
    format,
    read(cell) {
      const split = splitDateCell(cell);
      if (!split) return null;
      if ('instantMs' in split) {
        const instant = new Date(split.instantMs).toISOString();
        return { localDate: instant.slice(0, 10), instant };
      }
      const order = format?.format ?? 'dmy';
      const epochDay = resolveDateTriple(split.triple, order);
      if (epochDay === null) return null;
      const civil = convertDaysToCivil(epochDay);
      const localDate = `${civil.year}-${pad(civil.month)}-${pad(civil.day)}`;
      const { epochSeconds } = toUtc(epochDay, split.secondOfDay ?? 12 * 3600);
      return { localDate, instant: new Date(epochSeconds * 1000).toISOString() };
    },
  };
}
