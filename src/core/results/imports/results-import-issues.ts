import type { ImportIssue, ImportIssueParams } from '../../imports/import-issues.js';

/**
 * Problems of a results import, keyed for translation by the web (`resultsImport.issues.<code>`);
 * `message` is the English text for logs and API users. Same shape as the time import's issues.
 */
export const RESULTS_IMPORT_MESSAGES = {
  malformed_row: 'This line does not have the columns of the header ({found} found, {expected} expected).',
  damaged_row: 'A quote is not closed or text follows a closing quote; the line is probably damaged.',
  missing_date: 'The date is missing.',
  invalid_date: 'The date "{value}" cannot be read.',
  invalid_number: 'The value "{value}" of column "{column}" is not a number.',
  invalid_amount: 'The amount "{value}" cannot be read.',
  unknown_kind: 'The type "{value}" is neither a lead, a client nor revenue.',
  no_figures: 'The line has no figure (impressions, reactions, comments, shares, clicks or saves).',
  nul_removed: 'The line held NUL characters (U+0000), which cannot be stored; they were removed.',
} as const;

export const RESULTS_IMPORT_FILE_MESSAGES = {
  empty_file: 'The file is empty.',
  column_missing: 'The column "{column}" chosen for {field} is not in this file.',
  field_unmapped: 'No column is chosen for {field}.',
} as const;

export type ResultsImportIssueCode = keyof typeof RESULTS_IMPORT_MESSAGES;
export type ResultsImportFileErrorCode = keyof typeof RESULTS_IMPORT_FILE_MESSAGES;
export type ResultsImportIssue = ImportIssue<ResultsImportIssueCode>;
export type ResultsImportFileError = {
  code: ResultsImportFileErrorCode;
  message: string;
  params: ImportIssueParams;
};

function fill(template: string, params: ImportIssueParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params[name] ?? placeholder));
}

export function resultsIssue(
  line: number,
  code: ResultsImportIssueCode,
  params: ImportIssueParams = {},
): ResultsImportIssue {
  return { line, code, message: fill(RESULTS_IMPORT_MESSAGES[code], params), params };
}

export function resultsFileError(
  code: ResultsImportFileErrorCode,
  params: ImportIssueParams = {},
): ResultsImportFileError {
  return { code, message: fill(RESULTS_IMPORT_FILE_MESSAGES[code], params), params };
}
