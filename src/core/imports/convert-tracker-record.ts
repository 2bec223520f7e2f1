import { formatUtcInstant } from '../tracking/instant.js';
import {
  describeImportError,
  describeImportWarning,
  type ImportError,
  type ImportErrorCode,
  type ImportIssueParams,
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

/** A structurally sound data record and where each field is in it. */
export interface TrackerRecord {
  line: number;
  fields: readonly string[];
  columns: TrackerColumns;
}

/** The cell of a field, '' when the export has no such column. */
export function readCell(record: TrackerRecord, field: TrackerField): string {
  const index = record.columns[field];
  return index === undefined ? '' : (record.fields[index] ?? '');
}

export type ConvertedRecord =
  | { ok: true; row: ImportedRow; warnings: ImportWarning[] }
  | { ok: false; error: ImportError };

const FORMAT_LABELS: Record<DateFormat, string> = { ymd: 'YYYY-MM-DD', dmy: 'DD/MM/YYYY', mdy: 'MM/DD/YYYY' };
/** Duration cells are rounded by trackers; only a gap above a minute is worth a warning. */
const DURATION_TOLERANCE_SECONDS = 60;
const BILLABLE_PATTERN = /^(yes|y|true|1|oui|x)$/i;

/**
 * Converts one record to a UTC row (its `sourceHash` is left empty). Start and end are
 * authoritative; the duration cell is a cross-check, except in a repeated DST hour where it picks
 * which occurrence was meant.
 * An end time earlier than the start time means "the next day" only when the end date is empty.
 */
export function convertTrackerRecord(
  record: TrackerRecord,
  dateFormat: DateFormat | null,
  toUtc: LocalToUtcConverter,
): ConvertedRecord {
  const { line } = record;
  const fail = (code: ImportErrorCode, params: ImportIssueParams = {}): ConvertedRecord => ({
    ok: false,
    error: describeImportError(line, code, params),
  });
  const startDateText = readCell(record, 'startDate').trim();
  const startTimeText = readCell(record, 'startTime').trim();
  const endDateText = readCell(record, 'endDate').trim();
  const endTimeText = readCell(record, 'endTime').trim();
  if (startDateText === '' || startTimeText === '') return fail('missing_start');
  if (endTimeText === '') return fail('missing_end');

  const readDay = (text: string) => {
    const triple = splitDateText(text);
    return triple === null || dateFormat === null ? null : resolveDateTriple(triple, dateFormat);
  };
  const dateFormatLabel = dateFormat === null ? 'known' : FORMAT_LABELS[dateFormat];
  const startDay = readDay(startDateText);
  if (startDay === null) return fail('invalid_date', { value: startDateText, dateFormat: dateFormatLabel });
  const explicitEndDay = endDateText === '' ? null : readDay(endDateText);
  if (endDateText !== '' && explicitEndDay === null) {
    return fail('invalid_date', { value: endDateText, dateFormat: dateFormatLabel });
  }
  const startSecond = parseClockTime(startTimeText);
  if (startSecond === null) return fail('invalid_time', { value: startTimeText });
  const endSecond = parseClockTime(endTimeText);
  if (endSecond === null) return fail('invalid_time', { value: endTimeText });

  const warnings: ImportWarning[] = [];
  let endDay = explicitEndDay ?? startDay;
  if (explicitEndDay === null && endSecond < startSecond) {
    endDay += 1;
    warnings.push(describeImportWarning(line, 'crosses_midnight_assumed'));
  }
  const localLength = (endDay - startDay) * 86_400 + endSecond - startSecond;
  if (localLength < 0) return fail('negative_duration');
  if (localLength === 0) return fail('zero_duration');

  const durationText = readCell(record, 'duration').trim() || readCell(record, 'durationDecimal').trim();
  const reportedSeconds = durationText === '' ? null : parseTrackerDuration(durationText);
  if (durationText !== '' && reportedSeconds === null) {
    warnings.push(describeImportWarning(line, 'duration_unreadable', { value: durationText }));
  }

  const start = toUtc(startDay, startSecond);
  const end = toUtc(endDay, endSecond);
  const [startSeconds, endSeconds, isResolvedByDuration] = chooseInstants(start, end, reportedSeconds);
  for (const [point, text] of [
    [start, `${startDateText} ${startTimeText}`],
    [end, `${endDateText || (endDay === startDay ? startDateText : `${startDateText} +1`)} ${endTimeText}`],
  ] as const) {
    if (point.isInGap) warnings.push(describeImportWarning(line, 'local_time_in_gap', { value: text }));
    if (point.laterEpochSeconds !== null && !isResolvedByDuration) {
      warnings.push(describeImportWarning(line, 'local_time_ambiguous', { value: text }));
    }
  }
  const durationSeconds = endSeconds - startSeconds;
  if (durationSeconds < 0) return fail('negative_duration');
  if (durationSeconds === 0) return fail('zero_duration');
  if (reportedSeconds !== null && Math.abs(reportedSeconds - durationSeconds) > DURATION_TOLERANCE_SECONDS) {
    warnings.push(
      describeImportWarning(line, 'duration_mismatch', {
        durationSeconds: reportedSeconds,
        computedSeconds: durationSeconds,
      }),
    );
  }
  if (durationSeconds > 86_400) warnings.push(describeImportWarning(line, 'longer_than_24h'));

  const optionalText = (field: TrackerField) => readCell(record, field).trim() || null;
  return {
    ok: true,
    warnings,
    row: {
      line,
      startUtc: formatUtcInstant(startSeconds),
      endUtc: formatUtcInstant(endSeconds),
      durationSeconds,
      project: optionalText('project'),
      client: optionalText('client'),
      task: optionalText('task'),
      description: readCell(record, 'description'),
      tags: splitTags(readCell(record, 'tags')),
      billable: BILLABLE_PATTERN.test(readCell(record, 'billable').trim()),
      user: optionalText('user'),
      email: optionalText('email'),
      // Needs the other rows (occurrence rank): set by the builder.
      sourceHash: '',
    },
  };
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
