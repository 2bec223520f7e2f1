import { createTrackerRecordConverter, isImportError } from './convert-tracker-record.js';
import type { CsvRecord } from './csv-tokenizer.js';
import { hashFnv1a64Parts } from './fnv1a64.js';
import { describeImportError, type ImportError, type ImportWarning } from './import-issues.js';
import type { DistinctValue, ImportDistinctValues, ImportedRow } from './imported-row.js';
import {
  createDateFormatDetector,
  type DateFormat,
  type DateFormatDetection,
  type DateFormatDetector,
  type DateTriple,
  resolveDateTriple,
  splitDateText,
} from './local-date-time.js';
import type { LocalToUtcConverter } from './local-to-utc.js';
import type { TrackerColumns } from './tracker-formats.js';

export interface ImportedRowsBuilderOptions {
  columns: TrackerColumns;
  headerLength: number;
  toUtc: LocalToUtcConverter;
  /** The date format the caller imposed: rows are then converted in one pass. */
  forcedFormat?: DateFormat;
  /** The tie-break of ambiguous dates, as given to the detector. */
  preferredDateOrder?: 'dmy' | 'mdy';
}

export interface BuiltImportedRows {
  rows: ImportedRow[];
  errors: ImportError[];
  warnings: ImportWarning[];
  dateFormat: DateFormatDetection | null;
  distinct: ImportDistinctValues;
}

export interface ImportedRowsBuilder {
  /**
   * Reads a data record in file order: learns the file's date format from it and, while the format
   * can be guessed, converts it at once (see {@link ImportedRowsBuilder.needsSecondPass}).
   */
  add(record: CsvRecord): void;
  resolveDateFormat: DateFormatDetector['resolve'];
  /**
   * True when the records read by `add` must be converted again with `convert`, because the date
   * format resolved over the whole file is not the one they were converted with.
   */
  needsSecondPass(dateFormat: DateFormatDetection | null): boolean;
  /** Second pass (only when needed), with the file's date format: converts a record again. */
  convert(record: CsvRecord): void;
  /**
   * The rows the first pass has converted so far, in file order (the same array as it grows);
   * empty while no record has told which date format to guess.
   */
  convertedSoFar(): readonly ImportedRow[];
  result(dateFormat: DateFormatDetection | null): BuiltImportedRows;
}

/** Rows, errors and warnings of the records converted with one date format, in file order. */
interface Conversion {
  format: DateFormat | null;
  rows: ImportedRow[];
  errors: ImportError[];
  warnings: ImportWarning[];
  convert(record: CsvRecord): void;
}

/** Records kept while no record has told which date format to guess: after that many, give up. */
const MAX_UNDATED_RECORDS = 1000;

/**
 * Turns the data records of a recognised export into rows, errors and warnings, in file order.
 * The date format (03/04/2026 = 3 April or 4 March?) is only known after the whole file, so rows
 * are converted as they come with the format that reads the first dated record (or the one the
 * caller imposed); when the whole file decides otherwise, the caller converts every record again
 * in a second pass. ISO dates (Toggl's) can only be read one way, so their files are read once.
 * Nothing else is kept from the records: retaining 100,000 of them made garbage collection the
 * main cost of imports.
 */
export function createImportedRowsBuilder(options: ImportedRowsBuilderOptions): ImportedRowsBuilder {
  const detector = createDateFormatDetector();
  const splitDate = memoiseDateSplit();
  const startDateIndex = options.columns.startDate ?? -1;
  const endDateIndex = options.columns.endDate ?? -1;
  /** Conversion under way during the first pass; null when none could be guessed (yet). */
  let guessed: Conversion | null = null;
  let undatedRecords: CsvRecord[] | null = [];
  let final: Conversion | null = null;

  const createConversion = (format: DateFormat | null): Conversion => {
    const convertRecord = createTrackerRecordConverter(options.columns, format, options.toUtc);
    const occurrences = new Map<string, number>();
    const hashParts: string[] = [];
    const conversion: Conversion = {
      format,
      rows: [],
      errors: [],
      warnings: [],
      convert(record) {
        if (isBlank(record)) return;
        const structuralError = checkStructure(record, options.headerLength);
        if (structuralError) {
          conversion.errors.push(structuralError);
          return;
        }
        const converted = convertRecord(record.line, record.fields, conversion.warnings);
        if (isImportError(converted)) {
          conversion.errors.push(converted);
          return;
        }
        converted.sourceHash = hashRow(converted, occurrences, hashParts);
        conversion.rows.push(converted);
      },
    };
    return conversion;
  };

  return {
    add(record) {
      const dates: DateTriple[] = [];
      if (!isBlank(record) && checkStructure(record, options.headerLength) === null) {
        for (const index of [startDateIndex, endDateIndex]) {
          const triple = index < 0 ? null : splitDate((record.fields[index] ?? '').trim());
          if (triple !== null) dates.push(triple);
        }
        detector.addRow(dates);
      }
      if (guessed === null && options.forcedFormat !== undefined)
        guessed = createConversion(options.forcedFormat);
      if (guessed === null && undatedRecords !== null && dates.length > 0) {
        const format = guessDateFormat(dates, options.preferredDateOrder ?? 'dmy');
        if (format !== null) {
          guessed = createConversion(format);
          for (const undated of undatedRecords) guessed.convert(undated);
        }
        undatedRecords = null;
      }
      if (guessed !== null) guessed.convert(record);
      else if (undatedRecords !== null) {
        undatedRecords.push(record);
        if (undatedRecords.length > MAX_UNDATED_RECORDS) undatedRecords = null;
      }
    },
    resolveDateFormat: (resolveOptions) => detector.resolve(resolveOptions),
    needsSecondPass(dateFormat) {
      const format = dateFormat?.format ?? null;
      if (guessed !== null && guessed.format === format) {
        final = guessed;
        return false;
      }
      // Every record was undated (or none came): convert the kept ones with the file's format.
      if (guessed === null && undatedRecords !== null) {
        final = createConversion(format);
        for (const undated of undatedRecords) final.convert(undated);
        return false;
      }
      guessed = null;
      final = createConversion(format);
      return true;
    },
    convertedSoFar: () => guessed?.rows ?? [],
    convert(record) {
      if (final === null) throw new Error('convert() before needsSecondPass()');
      final.convert(record);
    },
    result(dateFormat) {
      if (final === null) throw new Error('result() before needsSecondPass()');
      const { rows, errors, warnings } = final;
      return { rows, errors, warnings, dateFormat, distinct: collectDistinctValues(rows) };
    },
  };
}

/**
 * The format to convert with before the whole file is known: the only one reading these dates,
 * else the preferred order among those that do (the usual tie-break of the detector); null when
 * none reads them.
 */
function guessDateFormat(dates: readonly DateTriple[], preferred: 'dmy' | 'mdy'): DateFormat | null {
  const readable = (['ymd', 'dmy', 'mdy'] as const).filter((format) =>
    dates.every((triple) => resolveDateTriple(triple, format) !== null),
  );
  if (readable.length <= 1) return readable[0] ?? null;
  return readable.includes(preferred) ? preferred : (readable[0] ?? null);
}

/** {@link splitDateText} remembered per text: a file has a few hundred distinct dates. */
function memoiseDateSplit(): (text: string) => DateTriple | null {
  const triples = new Map<string, DateTriple | null>();
  return (text) => {
    const known = triples.get(text);
    if (known !== undefined) return known;
    const triple = splitDateText(text);
    if (triples.size < 50_000) triples.set(text, triple);
    return triple;
  };
}

function isBlank(record: CsvRecord): boolean {
  if (record.problem !== null) return false;
  for (const field of record.fields) if (field.trim() !== '') return false;
  return true;
}

function checkStructure(record: CsvRecord, headerLength: number): ImportError | null {
  if (record.problem !== null) return describeImportError(record.line, record.problem);
  const { fields } = record;
  let hasExtraContent = false;
  for (let index = headerLength; index < fields.length; index += 1) {
    if ((fields[index] ?? '').trim() !== '') hasExtraContent = true;
  }
  if (fields.length < headerLength || hasExtraContent) {
    return describeImportError(record.line, 'malformed_row', {
      found: fields.length,
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
function hashRow(row: ImportedRow, occurrences: Map<string, number>, parts: string[]): string {
  // The rank goes first so that it changes every later step of the hash, not only the last bytes.
  // `parts` is reused from row to row: one array per file rather than one per row.
  parts.length = 0;
  parts.push(
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
  );
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
