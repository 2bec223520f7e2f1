import { type CsvRecord, createCsvTokenizer } from '../../imports/csv-tokenizer.js';
import { countKnownHeaders, type ResultsImportSource } from './import-columns.js';
import { type ResultsImportIssue, resultsIssue } from './results-import-issues.js';

export type ResultsCsvTable = {
  header: string[];
  /** 1-based line of the header (LinkedIn's sheet, saved as CSV, has a title line above it). */
  headerLine: number;
  delimiter: string;
  records: CsvRecord[];
  /** Lines whose NULs were dropped (PostgreSQL cannot store them). */
  warnings: ResultsImportIssue[];
};

/** How far down a title or note above the header is looked past. */
const HEADER_SEARCH_ROWS = 5;

/**
 * Reads an export into its header and data records with the time import's tokenizer (delimiter
 * `,`, `;` or tab detected, BOM dropped, quoted line breaks kept). The header is the first of the
 * first five lines holding two or more known column names, else the first line. Null for a file
 * with no line at all.
 */
export function readResultsCsv(text: string, source: ResultsImportSource): ResultsCsvTable | null {
  const tokenizer = createCsvTokenizer();
  const all: CsvRecord[] = [];
  const collect = (record: CsvRecord) => all.push(record);
  tokenizer.write(text, collect);
  tokenizer.end(collect);
  const warnings: ResultsImportIssue[] = [];
  const records = all.map((record) => {
    if (!record.fields.some((field) => field.includes('\u0000'))) return record;
    warnings.push(resultsIssue(record.line, 'nul_removed'));
    return { ...record, fields: record.fields.map((field) => field.replaceAll('\u0000', '')) };
  });
  if (records.length === 0) return null;
  const headerIndex = Math.max(
    0,
    records.slice(0, HEADER_SEARCH_ROWS).findIndex((record) => countKnownHeaders(record.fields, source) >= 2),
  );
  const headerRecord = records[headerIndex] as CsvRecord;
  return {
    header: headerRecord.fields.map((name) => name.trim()),
    headerLine: headerRecord.line,
    delimiter: tokenizer.delimiter ?? ',',
    records: records.slice(headerIndex + 1),
    warnings,
  };
}
