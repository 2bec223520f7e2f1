import { stringify } from 'csv-stringify/sync';

export type CsvCellValue = string | number | boolean | null | undefined;

export interface CsvExportColumn<Entry> {
  header: string;
  value: (entry: Entry) => CsvCellValue;
}

export interface ExportCsvOptions {
  /** `;` for French Excel, where `,` is the decimal mark. Default `,`. */
  delimiter?: ',' | ';' | '\t';
  /** Prefix a UTF-8 BOM so Excel reads accents correctly. Default false. */
  includeBom?: boolean;
  /** Default `\n`; `\r\n` for strict RFC 4180 consumers. */
  recordDelimiter?: '\n' | '\r\n';
}

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection"): = + - @,
 * tab and carriage return; plus line feed and the full-width forms some spreadsheets also accept.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Prefixes a text cell that a spreadsheet would evaluate with an apostrophe (OWASP rule). A text
 * that already starts with apostrophes before such a character gets one more, so that
 * `restoreNeutralisedText` gives back exactly the original.
 */
export function neutraliseSpreadsheetFormula(text: string): string {
  return FORMULA_TRIGGER.test(text.replace(/^'+/, '')) && (text.startsWith("'") || FORMULA_TRIGGER.test(text))
    ? `'${text}`
    : text;
}

/**
 * The inverse, for files read back: a text an export neutralised ("'=SUM(A1)") is the text
 * ("=SUM(A1)"). Only an apostrophe before a formula character is taken off.
 */
export function restoreNeutralisedText(text: string): string {
  return text.startsWith("'") && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

function renderCell(value: CsvCellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseSpreadsheetFormula(value);
}

/**
 * Writes entries as CSV, one column per definition, with a header row. Every TEXT cell (and
 * header) that could start a formula is neutralised; numbers are written as they are, since a
 * number is data (`-5`), never a formula, and changing it would corrupt durations and amounts.
 * Quoting (delimiters, quotes, any CR or LF) is done by csv-stringify.
 */
export function exportEntriesCsv<Entry>(
  entries: readonly Entry[],
  columns: readonly CsvExportColumn<Entry>[],
  options: ExportCsvOptions = {},
): string {
  const records = [
    columns.map((column) => neutraliseSpreadsheetFormula(column.header)),
    ...entries.map((entry) => columns.map((column) => renderCell(column.value(entry)))),
  ];
  return stringify(records, {
    delimiter: options.delimiter ?? ',',
    bom: options.includeBom ?? false,
    record_delimiter: options.recordDelimiter === '\r\n' ? 'windows' : 'unix',
    // With a CRLF record delimiter csv-stringify only quotes cells containing CRLF; a lone CR or LF
    // left unquoted would split the row for every reader.
    quoted_match: /[\r\n]/,
  });
}
