import type { CsvRecord } from '../../imports/csv-tokenizer.js';
import {
  fieldsOf,
  type ResultsImportMapping,
  type ResultsImportSource,
  requiredFieldsOf,
} from './import-columns.js';
import type { ResultsCsvTable } from './read-results-csv.js';
import {
  type ResultsImportFileError,
  type ResultsImportIssue,
  resultsFileError,
  resultsIssue,
} from './results-import-issues.js';

export type MappedTable = {
  /** The cell of a field in a record, trimmed ('' when the field has no column). */
  cell(record: CsvRecord, field: string): string;
  /** The records that can be read, and an issue for each one that cannot. */
  readable: CsvRecord[];
  errors: ResultsImportIssue[];
};

/**
 * Checks a mapping against a file (every required field has a column, every named column exists)
 * and sorts its records into readable ones and damaged ones (wrong column count, broken quotes).
 */
export function mapTable(
  table: ResultsCsvTable,
  mapping: ResultsImportMapping,
  source: ResultsImportSource,
): { ok: true; mapped: MappedTable } | { ok: false; error: ResultsImportFileError } {
  const positions = new Map<string, number>();
  table.header.forEach((name, index) => {
    if (!positions.has(name)) positions.set(name, index);
  });
  const indexes = new Map<string, number>();
  for (const field of fieldsOf(source)) {
    const column = mapping.columns[field];
    if (column === undefined || column === '') continue;
    const index = positions.get(column.trim());
    if (index === undefined)
      return { ok: false, error: resultsFileError('column_missing', { column, field }) };
    indexes.set(field, index);
  }
  for (const field of requiredFieldsOf(source)) {
    if (!indexes.has(field)) return { ok: false, error: resultsFileError('field_unmapped', { field }) };
  }
  const readable: CsvRecord[] = [];
  const errors: ResultsImportIssue[] = [];
  const expected = table.header.length;
  for (const record of table.records) {
    // Spreadsheets drop trailing empty cells: fewer cells is fine, more is a damaged line.
    if (record.fields.length > expected && record.fields.slice(expected).some((cell) => cell.trim() !== ''))
      errors.push(resultsIssue(record.line, 'malformed_row', { found: record.fields.length, expected }));
    else if (record.problem !== null) errors.push(resultsIssue(record.line, 'damaged_row'));
    else readable.push(record);
  }
  return {
    ok: true,
    mapped: {
      cell(record, field) {
        const index = indexes.get(field);
        return index === undefined ? '' : (record.fields[index] ?? '').trim();
      },
      readable,
      errors,
    },
  };
}
