import { formatUtcInstant } from '../tracking/instant.js';
import { restoreNeutralisedText } from './export-entries-csv.js';
import {
  describeImportError,
  describeImportWarning,
  type ImportError,
  type ImportWarning,
} from './import-issues.js';
import type { ImportedRow } from './imported-row.js';
import {
  type DateFormat,
  parseClockTime,
  parseTrackerDuration,
  resolveDateTriple,
  splitDateText,
} from './local-date-time.js';
import type { LocalToUtcConverter, LocalToUtcResult } from './local-to-utc.js';
import type { TrackerColumns, TrackerField } from './tracker-formats.js';

/**
 * Converts one structurally sound data record (its fields and the line where it starts) to a UTC
 * row, or to the error that keeps it out; warnings are appended to `warnings`.
 */
export type TrackerRecordConverter = (
  line: number,
  fields: readonly string[],
  warnings: ImportWarning[],
) => ImportedRow | ImportError;

/** Tells a converted row from an error (errors have a `code`). */
export function isImportError(converted: ImportedRow | ImportError): converted is ImportError {
  return 'code' in converted;
}

const FORMAT_LABELS: Record<DateFormat, string> = { ymd: 'YYYY-MM-DD', dmy: 'DD/MM/YYYY', mdy: 'MM/DD/YYYY' };
/** Duration cells are rounded by trackers; only a gap above a minute is worth a warning. */
const DURATION_TOLERANCE_SECONDS = 60;
const BILLABLE_PATTERN = /^(yes|y|true|1|oui|x)$/i;
const SECONDS_PER_DAY = 86_400;
/**
 * Cells repeat a lot (a few hundred dates and times in a file of 100,000 rows), so their parsed
 * values are remembered; the cap bounds the memory a file of all-distinct cells can take.
 */
const MEMO_LIMIT = 50_000;

/** `compute` remembered per text, for up to {@link MEMO_LIMIT} distinct texts. */
function memoise<Value>(compute: (text: string) => Value): (text: string) => Value {
  const values = new Map<string, Value>();
  return (text) => {
    const known = values.get(text);
    if (known !== undefined || values.has(text)) return known as Value;
    const value = compute(text);
    if (values.size < MEMO_LIMIT) values.set(text, value);
    return value;
  };
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));

/**
 * Creates the converter of one file, once its date format is known. Start and end are
 * authoritative; the duration cell is a cross-check, except in a repeated DST hour where it picks
 * which occurrence was meant. An end time earlier than the start time means "the next day" only
 * when the end date is empty. The row's `sourceHash` is left empty (it needs the other rows).
 * Hot path of big imports: no allocation per row beyond the row itself and its issues.
 */
export function createTrackerRecordConverter(
  columns: TrackerColumns,
  dateFormat: DateFormat | null,
  toUtc: LocalToUtcConverter,
): TrackerRecordConverter {
  const indexOf = (field: TrackerField) => columns[field] ?? -1;
  const startDateIndex = indexOf('startDate');
  const startTimeIndex = indexOf('startTime');
  const endDateIndex = indexOf('endDate');
  const endTimeIndex = indexOf('endTime');
  const durationIndex = indexOf('duration');
  const durationDecimalIndex = indexOf('durationDecimal');
  const projectIndex = indexOf('project');
  const clientIndex = indexOf('client');
  const taskIndex = indexOf('task');
  const descriptionIndex = indexOf('description');
  const tagsIndex = indexOf('tags');
  const billableIndex = indexOf('billable');
  const userIndex = indexOf('user');
  const emailIndex = indexOf('email');

  const dateFormatLabel = dateFormat === null ? 'known' : FORMAT_LABELS[dateFormat];
  const readDay = memoise((text) => {
    const triple = splitDateText(text);
    return triple === null || dateFormat === null ? null : resolveDateTriple(triple, dateFormat);
  });
  const readClockTime = memoise(parseClockTime);
  const readDuration = memoise(parseTrackerDuration);
  const readBillable = memoise((text) => BILLABLE_PATTERN.test(text.trim()));
  // The date part of UTC instants, per day: a file covers a few hundred days.
  const datePrefixes = new Map<number, string>();
  const formatInstant = (epochSeconds: number): string => {
    const days = Math.floor(epochSeconds / SECONDS_PER_DAY);
    let prefix = datePrefixes.get(days);
    if (prefix === undefined) {
      prefix = formatUtcDate(days);
      datePrefixes.set(days, prefix);
    }
    const secondOfDay = epochSeconds - days * SECONDS_PER_DAY;
    const minutes = Math.floor(secondOfDay / 60);
    return `${prefix}T${TWO_DIGITS[Math.floor(minutes / 60)]}:${TWO_DIGITS[minutes % 60]}:${TWO_DIGITS[secondOfDay % 60]}Z`;
  };

  return (line, fields, warnings) => {
    const startDateText = cellAt(fields, startDateIndex).trim();
    const startTimeText = cellAt(fields, startTimeIndex).trim();
    const endDateText = cellAt(fields, endDateIndex).trim();
    const endTimeText = cellAt(fields, endTimeIndex).trim();
    if (startDateText === '' || startTimeText === '') return describeImportError(line, 'missing_start');
    if (endTimeText === '') return describeImportError(line, 'missing_end');

    const startDay = readDay(startDateText);
    if (startDay === null) {
      return describeImportError(line, 'invalid_date', { value: startDateText, dateFormat: dateFormatLabel });
    }
    const explicitEndDay = endDateText === '' ? null : readDay(endDateText);
    if (endDateText !== '' && explicitEndDay === null) {
      return describeImportError(line, 'invalid_date', { value: endDateText, dateFormat: dateFormatLabel });
    }
    const startSecond = readClockTime(startTimeText);
    if (startSecond === null) return describeImportError(line, 'invalid_time', { value: startTimeText });
    const endSecond = readClockTime(endTimeText);
    if (endSecond === null) return describeImportError(line, 'invalid_time', { value: endTimeText });

    const firstWarning = warnings.length;
    let endDay = explicitEndDay ?? startDay;
    if (explicitEndDay === null && endSecond < startSecond) {
      endDay += 1;
      warnings.push(describeImportWarning(line, 'crosses_midnight_assumed'));
    }
    const localLength = (endDay - startDay) * SECONDS_PER_DAY + endSecond - startSecond;
    if (localLength <= 0) return failRow(line, localLength, warnings, firstWarning);

    const durationText = cellAt(fields, durationIndex).trim() || cellAt(fields, durationDecimalIndex).trim();
    const reportedSeconds = durationText === '' ? null : readDuration(durationText);
    if (durationText !== '' && reportedSeconds === null) {
      warnings.push(describeImportWarning(line, 'duration_unreadable', { value: durationText }));
    }

    const start = toUtc(startDay, startSecond);
    const end = toUtc(endDay, endSecond);
    let startSeconds = start.epochSeconds;
    let endSeconds = end.epochSeconds;
    let isResolvedByDuration = false;
    if (start.laterEpochSeconds !== null || end.laterEpochSeconds !== null) {
      [startSeconds, endSeconds, isResolvedByDuration] = chooseInstants(start, end, reportedSeconds);
    }
    if (start.isInGap || end.isInGap || start.laterEpochSeconds !== null || end.laterEpochSeconds !== null) {
      const endText = `${endDateText || (endDay === startDay ? startDateText : `${startDateText} +1`)} ${endTimeText}`;
      for (const [point, text] of [
        [start, `${startDateText} ${startTimeText}`],
        [end, endText],
      ] as const) {
        if (point.isInGap) warnings.push(describeImportWarning(line, 'local_time_in_gap', { value: text }));
        if (point.laterEpochSeconds !== null && !isResolvedByDuration) {
          warnings.push(describeImportWarning(line, 'local_time_ambiguous', { value: text }));
        }
      }
    }
    const durationSeconds = endSeconds - startSeconds;
    if (durationSeconds <= 0) return failRow(line, durationSeconds, warnings, firstWarning);
    if (
      reportedSeconds !== null &&
      Math.abs(reportedSeconds - durationSeconds) > DURATION_TOLERANCE_SECONDS
    ) {
      warnings.push(
        describeImportWarning(line, 'duration_mismatch', {
          durationSeconds: reportedSeconds,
          computedSeconds: durationSeconds,
        }),
      );
    }
    if (durationSeconds > SECONDS_PER_DAY) warnings.push(describeImportWarning(line, 'longer_than_24h'));

    return {
      line,
      startUtc: formatInstant(startSeconds),
      endUtc: formatInstant(endSeconds),
      durationSeconds,
      project: restoreNeutralisedText(cellAt(fields, projectIndex).trim()) || null,
      client: cellAt(fields, clientIndex).trim() || null,
      task: cellAt(fields, taskIndex).trim() || null,
      // Exports (Cadence's own among them) prefix text that looks like a formula with "'".
      description: restoreNeutralisedText(cellAt(fields, descriptionIndex)),
      tags: splitTags(cellAt(fields, tagsIndex)),
      billable: readBillable(cellAt(fields, billableIndex)),
      user: cellAt(fields, userIndex).trim() || null,
      email: cellAt(fields, emailIndex).trim() || null,
      // Needs the other rows (occurrence rank): set by the builder.
      sourceHash: '',
    };
  };
}

function cellAt(fields: readonly string[], index: number): string {
  return index < 0 ? '' : (fields[index] ?? '');
}

/** A row that does not last: its error, without the warnings gathered for it (an error row reports only its error). */
function failRow(
  line: number,
  seconds: number,
  warnings: ImportWarning[],
  firstWarning: number,
): ImportError {
  warnings.length = firstWarning;
  return describeImportError(line, seconds < 0 ? 'negative_duration' : 'zero_duration');
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
function formatUtcDate(days: number): string {
  return formatUtcInstant(days * SECONDS_PER_DAY).slice(0, 10);
}

/**
 * 'compatible' instants, unless a time falls in a repeated hour and exactly one combination of
 * occurrences matches the duration cell: then that one (the duration tells which 02:30 was meant).
 * The boolean says whether the duration settled the ambiguity.
 */
function chooseInstants(
  start: LocalToUtcResult,
  end: LocalToUtcResult,
  reportedSeconds: number | null,
): [number, number, boolean] {
  const isAmbiguous = start.laterEpochSeconds !== null || end.laterEpochSeconds !== null;
  if (!isAmbiguous || reportedSeconds === null) return [start.epochSeconds, end.epochSeconds, false];
  const matches: [number, number][] = [];
  for (const startOption of [start.epochSeconds, start.laterEpochSeconds]) {
    for (const endOption of [end.epochSeconds, end.laterEpochSeconds]) {
      if (startOption === null || endOption === null || endOption <= startOption) continue;
      if (Math.abs(endOption - startOption - reportedSeconds) <= DURATION_TOLERANCE_SECONDS) {
        matches.push([startOption, endOption]);
      }
    }
  }
  const [onlyMatch] = matches;
  if (matches.length === 1 && onlyMatch) return [onlyMatch[0], onlyMatch[1], true];
  return [start.epochSeconds, end.epochSeconds, false];
}

/** Trackers join tags with ", " in one cell. Trimmed, without empties and repeats. */
export function splitTags(text: string): string[] {
  const tags: string[] = [];
  if (text === '') return tags;
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
