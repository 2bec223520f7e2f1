import { createCsvTokenizer } from '../imports/csv-tokenizer.js';
import { hashFnv1a64Parts } from '../imports/fnv1a64.js';
import { isLocalDate, isWallClockTime } from '../time/local-value-checks.js';

/** How the file writes its dates: Hootsuite asks the person (day/month or month/day). */
export type CsvDateOrder = 'day_first' | 'month_first';

export type PostCsvRowError = 'bad_date' | 'bad_time' | 'empty_text' | 'bad_link' | 'malformed_row';

export interface PostCsvRow {
  /** 1-based line of the file, for messages a person can find. */
  line: number;
  date: string;
  time: string;
  text: string;
  link: string | null;
  error: PostCsvRowError | null;
  /** Same row, same key: a second import of the same file adds nothing. */
  importKey: string;
}

const datePatterns = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: 'ymd' },
  { pattern: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, order: 'xy' },
] as const;

function toIsoDate(raw: string, dateOrder: CsvDateOrder): string | null {
  for (const { pattern, order } of datePatterns) {
    const match = pattern.exec(raw.trim());
    if (!match) continue;
    const [, a = '', b = '', c = ''] = match;
    const [year, month, day] =
      order === 'ymd' ? [a, b, c] : dateOrder === 'day_first' ? [c, b, a] : [c, a, b];
    const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    return isLocalDate(iso) ? iso : null;
  }
  return null;
}

function toWallClock(raw: string): string | null {
  const match = /^(\d{1,2})[:h](\d{2})(?::\d{2})?$/.exec(raw.trim());
  if (!match) return null;
  const time = `${(match[1] ?? '').padStart(2, '0')}:${match[2]}`;
  return isWallClockTime(time) ? time : null;
}

/**
 * Reads a bulk-post CSV in the shape of Hootsuite's bulk composer: one post per row, either
 * `date, time, text, link` or Hootsuite's own `date time, text, link` (date and time in one
 * cell). The link is optional; a first row whose date does not read as a date is a header.
 * Every row is returned, with an error code when it cannot become a post.
 */
export function parsePostCsv(text: string, dateOrder: CsvDateOrder): PostCsvRow[] {
  const tokenizer = createCsvTokenizer();
  const records: { line: number; fields: string[]; isMalformed: boolean }[] = [];
  const collect = (record: { line: number; fields: string[]; problem: string | null }) =>
    records.push({ line: record.line, fields: record.fields, isMalformed: record.problem !== null });
  tokenizer.write(text.replace(/^\uFEFF/, ''), collect);
  tokenizer.end(collect);

  const rows: PostCsvRow[] = [];
  for (const [index, record] of records.entries()) {
    const cells = record.fields.map((field) => field.trim());
    // Date and time in one cell ("24/12/2026 14:30") or in two.
    const [first = '', ...rest] = cells;
    const joined = /^(\S+)\s+(\S+)$/.exec(first);
    const [rawDate, rawTime, postText = '', rawLink = ''] = joined
      ? [joined[1] ?? '', joined[2] ?? '', ...rest]
      : [first, rest[0] ?? '', rest[1] ?? '', rest[2] ?? ''];
    const date = toIsoDate(rawDate ?? '', dateOrder);
    if (index === 0 && date === null) continue; // a header row
    const time = toWallClock(rawTime ?? '');
    const link = rawLink.length > 0 ? rawLink : null;
    const error: PostCsvRowError | null = record.isMalformed
      ? 'malformed_row'
      : date === null
        ? 'bad_date'
        : time === null
          ? 'bad_time'
          : postText.length === 0
            ? 'empty_text'
            : link !== null && !/^https?:\/\/\S+$/i.test(link)
              ? 'bad_link'
              : null;
    rows.push({
      line: record.line,
      date: date ?? rawDate ?? '',
      time: time ?? rawTime ?? '',
      text: postText,
      link,
      error,
      importKey: hashFnv1a64Parts([date ?? '', time ?? '', postText, link ?? ''], 0x1f),
    });
  }
  return rows;
}
