import { createImportedRowsBuilder, type ImportedRowsBuilder } from './build-imported-rows.js';
import { type CsvRecord, createCsvTokenizer } from './csv-tokenizer.js';
import {
  describeFileError,
  describeImportWarning,
  type ImportError,
  type ImportFileError,
  type ImportWarning,
} from './import-issues.js';
import type { ImportDistinctValues, ImportedRow } from './imported-row.js';
import type { DateFormat, DateFormatDetection } from './local-date-time.js';
import { createLocalToUtcConverter } from './local-to-utc.js';
import { detectTrackerFormat, type TrackerFormat } from './tracker-formats.js';

export interface TrackerCsvOptions {
  /** The IANA zone the tracker displayed times in (the person's zone); exports carry no offset. */
  zone: string;
  /** Imposes the date format, e.g. after the person picked one for an ambiguous file. */
  dateFormat?: DateFormat;
  /** Breaks a tie between DD/MM and MM/DD that the dates themselves cannot (the person's locale). */
  preferredDateOrder?: 'dmy' | 'mdy';
}

export interface TrackerCsvProgress {
  /** UTF-8 bytes received so far (exact for byte chunks, computed for string chunks). */
  bytesProcessed: number;
  /** Data records read so far (the header and empty lines excluded). */
  rowsProcessed: number;
}

export interface TrackerCsvSuccess {
  ok: true;
  format: TrackerFormat;
  delimiter: string;
  /** Null when no row had a readable date (every row is then in `errors`). */
  dateFormat: DateFormatDetection | null;
  rows: ImportedRow[];
  errors: ImportError[];
  warnings: ImportWarning[];
  distinct: ImportDistinctValues;
  progress: TrackerCsvProgress;
  /**
   * True when the whole file decided another date format than the one its first dates suggested,
   * so every row was converted again: rows taken with `takeConvertedRows` before `finish()` are
   * then wrong and `rows` replaces them. False otherwise: `rows` begins with the rows taken.
   */
  rowsConvertedAgain: boolean;
}

export type TrackerCsvResult =
  | TrackerCsvSuccess
  | { ok: false; error: ImportFileError; progress: TrackerCsvProgress };

export interface TrackerCsvParser {
  /** Feeds the next chunk (text, or UTF-8 bytes decoded across chunk boundaries). */
  push(chunk: string | Uint8Array): TrackerCsvProgress;
  /**
   * The rows converted since the last call, in file order, for a consumer that writes them while
   * the file is still being read. They stand unless `finish()` says `rowsConvertedAgain`.
   */
  takeConvertedRows(): ImportedRow[];
  /** The tracker the header line told, once it has been read. */
  detectedFormat(): TrackerFormat | null;
  /** Ends the input and converts every row; call once. */
  finish(): TrackerCsvResult;
}

/**
 * An incremental parser for Toggl Track / Clockify detailed-report CSV files: push chunks as they
 * arrive (upload stream) and get progress. Records are tokenised and converted as they come, with
 * the date format their first dates tell (03/04/2026 = 3 April or 4 March?); the format is only
 * decided over the whole file, and when it differs, `finish()` reads the kept text a second time
 * to convert rows again. Keeping the text rather than the records costs the file's size in memory
 * and spares the garbage collector 100,000s of objects.
 * The delimiter (`,`, `;` or tab) is detected on the header line; a UTF-8 BOM is ignored.
 * @throws RangeError when `options.zone` is not a known IANA zone.
 */
export function createTrackerCsvParser(options: TrackerCsvOptions): TrackerCsvParser {
  const toUtc = createLocalToUtcConverter(options.zone);
  const tokenizer = createCsvTokenizer();
  const decoder = new TextDecoder('utf-8');
  const chunks: string[] = [];
  let header: { format: TrackerFormat; builder: ImportedRowsBuilder } | null = null;
  let fileError: ImportFileError | null = null;
  let bytesProcessed = 0;
  let rowsProcessed = 0;
  let isFinished = false;
  let rowsTaken = 0;
  const nulWarnings: ImportWarning[] = [];

  const inspectRecord = (raw: CsvRecord): void => {
    if (fileError !== null) return;
    const record = removeNulCharacters(raw);
    if (record !== raw) nulWarnings.push(describeImportWarning(record.line, 'nul_removed'));
    if (header !== null) {
      rowsProcessed += 1;
      header.builder.add(record);
      return;
    }
    const detection = detectTrackerFormat(record.fields);
    if (!detection.ok) {
      fileError = detection.error;
      return;
    }
    header = {
      format: detection.format,
      builder: createImportedRowsBuilder({
        columns: detection.columns,
        headerLength: record.fields.length,
        toUtc,
        ...(options.dateFormat ? { forcedFormat: options.dateFormat } : {}),
        ...(options.preferredDateOrder ? { preferredDateOrder: options.preferredDateOrder } : {}),
      }),
    };
  };
  const write = (text: string): void => {
    if (fileError !== null || text === '') return;
    chunks.push(text);
    tokenizer.write(text, inspectRecord);
  };
  const progress = (): TrackerCsvProgress => ({ bytesProcessed, rowsProcessed });

  return {
    push(chunk) {
      if (isFinished) throw new Error('push() after finish()');
      if (typeof chunk === 'string') {
        bytesProcessed += countUtf8Bytes(chunk);
        write(decoder.decode() + chunk);
      } else {
        bytesProcessed += chunk.byteLength;
        write(decoder.decode(chunk, { stream: true }));
      }
      return progress();
    },
    detectedFormat: () => header?.format ?? null,
    takeConvertedRows() {
      if (header === null || isFinished) return [];
      const converted = header.builder.convertedSoFar();
      const taken = converted.slice(rowsTaken);
      rowsTaken = converted.length;
      return taken;
    },
    finish() {
      if (isFinished) throw new Error('finish() called twice');
      isFinished = true;
      write(decoder.decode());
      tokenizer.end(inspectRecord);
      if (fileError !== null) return { ok: false, error: fileError, progress: progress() };
      if (header === null) return { ok: false, error: describeFileError('empty_file'), progress: progress() };
      const { builder, format } = header;
      const dateFormat: DateFormatDetection | null = options.dateFormat
        ? { format: options.dateFormat, isAmbiguous: false, alternatives: [], isForced: true }
        : builder.resolveDateFormat(
            options.preferredDateOrder ? { preferredDateOrder: options.preferredDateOrder } : {},
          );
      const delimiter = tokenizer.delimiter ?? ',';
      const rowsConvertedAgain = builder.needsSecondPass(dateFormat);
      if (rowsConvertedAgain) {
        const secondPass = createCsvTokenizer({ delimiter });
        let isHeader = true;
        const convertRecord = (record: CsvRecord): void => {
          if (isHeader) isHeader = false;
          else builder.convert(removeNulCharacters(record));
        };
        for (const chunk of chunks) secondPass.write(chunk, convertRecord);
        secondPass.end(convertRecord);
      }
      chunks.length = 0;
      const result = builder.result(dateFormat);
      const warnings = nulWarnings.length === 0 ? result.warnings : [...nulWarnings, ...result.warnings];
      return {
        ok: true,
        format,
        delimiter,
        ...result,
        warnings,
        progress: progress(),
        rowsConvertedAgain,
      };
    },
  };
}

/**
 * PostgreSQL cannot store U+0000 in text: a file's NULs are dropped from its cells (and the line
 * reported), rather than failing the whole import at commit. The same record when there is none.
 */
function removeNulCharacters(record: CsvRecord): CsvRecord {
  if (!record.fields.some((field) => field.includes('\u0000'))) return record;
  return { ...record, fields: record.fields.map((field) => field.replaceAll('\u0000', '')) };
}

/** Parses a whole export held in memory. See {@link createTrackerCsvParser}. */
export function parseTrackerCsv(text: string, options: TrackerCsvOptions): TrackerCsvResult {
  const parser = createTrackerCsvParser(options);
  parser.push(text);
  return parser.finish();
}

/**
 * Parses an export from an async source (a request or file stream), calling `onProgress` after
 * each chunk. Awaiting each chunk lets the server keep serving other requests during a big import.
 */
export async function parseTrackerCsvStream(
  source: AsyncIterable<string | Uint8Array>,
  options: TrackerCsvOptions & { onProgress?: (progress: TrackerCsvProgress) => void },
): Promise<TrackerCsvResult> {
  const parser = createTrackerCsvParser(options);
  for await (const chunk of source) {
    const progress = parser.push(chunk);
    options.onProgress?.(progress);
  }
  return parser.finish();
}

function countUtf8Bytes(text: string): number {
  if (!/[\u0080-\uffff]/.test(text)) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
