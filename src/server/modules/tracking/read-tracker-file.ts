import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { type ImportIssueView, trackedYears } from '../../../contracts/tracking.js';
import type { ImportedRow } from '../../../core/imports/imported-row.js';
import type { DateFormat } from '../../../core/imports/local-date-time.js';
import { createTrackerCsvParser, type TrackerCsvSuccess } from '../../../core/imports/tracker-csv-parser.js';
import type { TrackerFormat } from '../../../core/imports/tracker-formats.js';
import { FUTURE_TOLERANCE_SECONDS } from '../../../core/tracking/entry-interval.js';
import { unprocessable } from '../../platform/problem.js';
import { maxEntryDays } from './tracking.table.js';

/** `rejected`: readable rows Cadence cannot keep (longer than any entry, or out of range). */
export type ParsedFile = TrackerCsvSuccess & { rejected: ImportIssueView[] };

/**
 * Thrown by {@link readTrackerFile} when rows already handed to `onRows` were converted with a date
 * format the whole file overturned (03/04 read as 3 April until a 12/25 said month first): the
 * caller drops what it did with them and reads again with `format` imposed.
 */
export class DateFormatOverturned extends Error {
  constructor(readonly format: DateFormat) {
    super(`the file's dates read ${format}, not as its first dates suggested`);
  }
}

/**
 * Characters parsed before letting other requests run: ~20-30 ms of work on these machines (a
 * 100,000-row file parsed in one go held the event loop for over a second). A quarter of that
 * when the rows are handed over as they come (~450 Toggl rows), so that the writer can keep the
 * database busy from the start.
 */
const parseSliceLength = 256 * 1024;
const handOverSliceLength = 64 * 1024;

/**
 * Reads a tracker export with the core parser, in the workspace's zone (exports carry local times
 * without offsets), in slices that let the event loop turn. Rows Cadence cannot keep become row
 * errors, among them rows that end after `now` (with the same tolerance as a typed entry): time not
 * yet spent is not time tracked. With `onRows`, the rows it keeps are handed over (and awaited) as
 * they are read, in file order, so that writing them overlaps reading the rest; the result still
 * lists them all.
 * @throws DateFormatOverturned when rows handed over must be read again (see above).
 */
export async function readTrackerFile(
  text: string,
  options: { zone: string; dateFormat?: DateFormat | undefined; now: Date },
  onRows?: (rows: ImportedRow[], format: TrackerFormat) => Promise<void>,
): Promise<ParsedFile> {
  const keep = createRowFilter(options.now);
  const parser = createTrackerCsvParser({
    zone: options.zone,
    ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
  });
  let handedOver = 0;
  const handOver = async (rows: ImportedRow[]) => {
    const kept = keep(rows);
    handedOver += rows.length;
    const format = parser.detectedFormat();
    if (kept.length > 0 && onRows && format) await onRows(kept, format);
  };
  const sliceLength = onRows ? handOverSliceLength : parseSliceLength;
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(offset + sliceLength, text.length);
    // Never between the two halves of a surrogate pair (an emoji in a description).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parser.push(text.slice(offset, end));
    offset = end;
    if (onRows) await handOver(parser.takeConvertedRows());
    await yieldToEventLoop();
  }
  const parsed = parser.finish();
  if (!parsed.ok) throw unprocessable(`import_${parsed.error.code}`, parsed.error.params);
  if (parsed.rowsConvertedAgain && handedOver > 0 && parsed.dateFormat)
    throw new DateFormatOverturned(parsed.dateFormat.format);
  if (onRows) await handOver(parsed.rows.slice(handedOver));
  else keep(parsed.rows);
  return { ...parsed, rows: keep.rows, rejected: keep.rejected };
}

/** Sorts rows into those kept and those rejected, remembering both in file order. */
function createRowFilter(now: Date) {
  const latestEndMs = now.getTime() + FUTURE_TOLERANCE_SECONDS * 1000;
  const maxSeconds = maxEntryDays * 86_400;
  const isTracked = (instant: string) => {
    const year = Number(instant.slice(0, 4));
    return year >= trackedYears.from && year <= trackedYears.to;
  };
  const rejected: ImportIssueView[] = [];
  const rows: ImportedRow[] = [];
  const keep = (batch: readonly ImportedRow[]): ImportedRow[] => {
    const kept: ImportedRow[] = [];
    for (const row of batch) {
      if (!isTracked(row.startUtc) || !isTracked(row.endUtc))
        rejected.push({
          line: row.line,
          code: 'out_of_range',
          message: `The entry is not between ${trackedYears.from} and ${trackedYears.to}.`,
          params: { from: trackedYears.from, to: trackedYears.to },
        });
      else if (row.durationSeconds > maxSeconds)
        rejected.push({
          line: row.line,
          code: 'too_long',
          message: `The entry lasts more than ${maxEntryDays} days.`,
          params: { maxDays: maxEntryDays },
        });
      else if (Date.parse(row.endUtc) > latestEndMs)
        rejected.push({
          line: row.line,
          code: 'in_future',
          message: 'The entry ends in the future.',
          params: {},
        });
      else {
        kept.push(row);
        rows.push(row);
      }
    }
    return kept;
  };
  return Object.assign(keep, { rows, rejected });
}
