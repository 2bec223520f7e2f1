import { convertTrackerRecord, readCell } from './convert-tracker-record.js';
import type { CsvRecord } from './csv-tokenizer.js';
import { hashFnv1a64Parts } from './fnv1a64.js';
import { describeImportError, type ImportError, type ImportWarning } from './import-issues.js';
import type { DistinctValue, ImportDistinctValues, ImportedRow } from './imported-row.js';
import {
  createDateFormatDetector,
  type DateFormatDetection,
  type DateFormatDetector,
  type DateTriple,
  splitDateText,
} from './local-date-time.js';
import type { LocalToUtcConverter } from './local-to-utc.js';
import type { TrackerColumns } from './tracker-formats.js';

export interface ImportedRowsBuilderOptions {
  columns: TrackerColumns;
  headerLength: number;
  toUtc: LocalToUtcConverter;
}

export interface BuiltImportedRows {
  rows: ImportedRow[];
  errors: ImportError[];
  warnings: ImportWarning[];
  dateFormat: DateFormatDetection | null;
  distinct: ImportDistinctValues;
}

export interface ImportedRowsBuilder {
  /** First pass: learns the file's date format from a data record. */
  inspect(record: CsvRecord): void;
  resolveDateFormat: DateFormatDetector['resolve'];
  /** Second pass, once the date format is known: converts a data record. */
  convert(record: CsvRecord, dateFormat: DateFormatDetection | null): void;
  result(dateFormat: DateFormatDetection | null): BuiltImportedRows;
}

/**
 * Turns the data records of a recognised export into rows, errors and warnings, in file order.
 * Two passes over the records (the date format is only known after the whole file) and nothing is
 * kept from the first: retaining 100,000 records made garbage collection the main cost of imports.
 */
export function createImportedRowsBuilder(options: ImportedRowsBuilderOptions): ImportedRowsBuilder {
  const detector = createDateFormatDetector();
  const rows: ImportedRow[] = [];
  const errors: ImportError[] = [];
  const warnings: ImportWarning[] = [];
  const occurrences = new Map<string, number>();

  return {
    inspect(record) {
      if (isBlank(record) || checkStructure(record, options.headerLength) !== null) return;
      const trackerRecord = { line: record.line, fields: record.fields, columns: options.columns };
      const dates: DateTriple[] = [];
      for (const field of ['startDate', 'endDate'] as const) {
        const triple = splitDateText(readCell(trackerRecord, field).trim());
        if (triple !== null) dates.push(triple);
      }
      detector.addRow(dates);
    },
    resolveDateFormat: (resolveOptions) => detector.resolve(resolveOptions),
    convert(record, dateFormat) {
      if (isBlank(record)) return;
      const structuralError = checkStructure(record, options.headerLength);
      if (structuralError) {
        errors.push(structuralError);
        return;
      }
      const converted = convertTrackerRecord(
        { line: record.line, fields: record.fields, columns: options.columns },
        dateFormat?.format ?? null,
        options.toUtc,
      );
      if (!converted.ok) {
        errors.push(converted.error);
        return;
      }
      for (const warning of converted.warnings) warnings.push(warning);
      converted.row.sourceHash = hashRow(converted.row, occurrences);
      rows.push(converted.row);
    },
    result(dateFormat) {
      return { rows, errors, warnings, dateFormat, distinct: collectDistinctValues(rows) };
    },
  };
}

function isBlank(record: CsvRecord): boolean {
  return record.problem === null && record.fields.every((field) => field.trim() === '');
}

function checkStructure(record: CsvRecord, headerLength: number): ImportError | null {
  if (record.problem !== null) return describeImportError(record.line, record.problem);
  const hasExtraContent = record.fields.slice(headerLength).some((field) => field.trim() !== '');
  if (record.fields.length < headerLength || hasExtraContent) {
    return describeImportError(record.line, 'malformed_row', {
      found: record.fields.length,
      expected: headerLength,
    });
  }
  return null;
}

const UNIT_SEPARATOR = 0x1f;
const TAG_SEPARATOR = '\u001e';

/**
 * Hash of the normalised content (UTC instants, trimmed names, sorted tags) — independent of the
 * file's delimiter, date format, column order and line numbers — plus the rank of this row among
 * identical rows. The first occurrence's hash doubles as the counter key, so a long file keeps
 * one short string per distinct row rather than the whole content.
 */
function hashRow(row: ImportedRow, occurrences: Map<string, number>): string {
  // The rank goes first so that it changes every later step of the hash, not only the last bytes.
  const parts = [
    '0',
    row.startUtc,
    row.endUtc,
    row.project ?? '',
    row.client ?? '',
    row.task ?? '',
    row.description,
    row.tags.length < 2 ? (row.tags[0] ?? '') : [...row.tags].sort().join(TAG_SEPARATOR),
    row.billable ? '1' : '0',
    row.user ?? '',
    row.email ?? '',
  ];
  const firstHash = hashFnv1a64Parts(parts, UNIT_SEPARATOR);
  const rank = occurrences.get(firstHash) ?? 0;
  occurrences.set(firstHash, rank + 1);
  if (rank === 0) return firstHash;
  parts[0] = String(rank);
  return hashFnv1a64Parts(parts, UNIT_SEPARATOR);
}

function collectDistinctValues(rows: readonly ImportedRow[]): ImportDistinctValues {
  const projects = new Map<string, DistinctValue>();
  const clients = new Map<string, DistinctValue>();
  const tags = new Map<string, DistinctValue>();
  const count = (values: Map<string, DistinctValue>, name: string | null, seconds: number) => {
    if (name === null) return;
    const value = values.get(name) ?? { name, rowCount: 0, seconds: 0 };
    value.rowCount += 1;
    value.seconds += seconds;
    values.set(name, value);
  };
  let rowsWithoutProject = 0;
  for (const row of rows) {
    count(projects, row.project, row.durationSeconds);
    count(clients, row.client, row.durationSeconds);
    for (const tag of row.tags) count(tags, tag, row.durationSeconds);
    if (row.project === null) rowsWithoutProject += 1;
  }
  const sorted = (values: Map<string, DistinctValue>) =>
    [...values.values()].sort((left, right) =>
      left.name < right.name ? -1 : left.name > right.name ? 1 : 0,
    );
  return { projects: sorted(projects), clients: sorted(clients), tags: sorted(tags), rowsWithoutProject };
}
