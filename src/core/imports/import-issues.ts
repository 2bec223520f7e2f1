/**
 * Problems found while importing. `code` is stable and keyed for translation by the web
 * (`imports.issues.<code>`, with `params`); `message` is the English text for logs and the API.
 */

export const IMPORT_ERROR_MESSAGES = {
  malformed_row: 'This line does not have the columns of the header ({found} found, {expected} expected).',
  unterminated_quote: 'A quoted field is never closed; the rest of the file cannot be read.',
  text_after_quote: 'Text follows a closing quote; the line is probably damaged.',
  missing_start: 'The start date or time is missing.',
  missing_end: 'The end time is missing.',
  invalid_date: 'The date "{value}" is not a valid {dateFormat} date.',
  invalid_time: 'The time "{value}" is not a valid time.',
  negative_duration: 'The entry ends before it starts.',
  zero_duration: 'The entry lasts no time.',
  unmapped: 'No category is mapped for this entry (project "{project}").',
  conflicting_tags: 'The tags of this entry map to different categories ({categories}).',
} as const;

export const IMPORT_WARNING_MESSAGES = {
  duration_mismatch:
    'The duration column ({durationSeconds} s) disagrees with start and end ({computedSeconds} s); start and end are kept.',
  duration_unreadable: 'The duration "{value}" cannot be read; start and end are kept.',
  crosses_midnight_assumed:
    'The end time is before the start time and there is no end date: the entry is taken to end the next day.',
  local_time_in_gap:
    'The local time {value} does not exist (clocks went forward); it was moved forward by the gap.',
  local_time_ambiguous:
    'The local time {value} happens twice (clocks went back); its first occurrence is used.',
  longer_than_24h: 'The entry lasts more than 24 hours.',
  nul_removed: 'The line held NUL characters (U+0000), which cannot be stored; they were removed.',
} as const;

export const IMPORT_FILE_ERROR_MESSAGES = {
  empty_file: 'The file is empty.',
  unknown_format:
    'This is not a Toggl Track or Clockify detailed report. Expected columns: Toggl: {togglColumns}; Clockify: {clockifyColumns}.',
} as const;

export type ImportErrorCode = keyof typeof IMPORT_ERROR_MESSAGES;
export type ImportWarningCode = keyof typeof IMPORT_WARNING_MESSAGES;
export type ImportFileErrorCode = keyof typeof IMPORT_FILE_ERROR_MESSAGES;
export type ImportIssueParams = Record<string, string | number>;

export interface ImportIssue<Code extends string = ImportErrorCode | ImportWarningCode> {
  /** 1-based physical line of the file where the row starts (the header is line 1). */
  line: number;
  code: Code;
  message: string;
  params: ImportIssueParams;
}

export type ImportError = ImportIssue<ImportErrorCode>;
export type ImportWarning = ImportIssue<ImportWarningCode>;

export interface ImportFileError {
  code: ImportFileErrorCode;
  message: string;
  params: ImportIssueParams;
}

function fillTemplate(template: string, params: ImportIssueParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params[name] ?? placeholder));
}

export function describeImportError(
  line: number,
  code: ImportErrorCode,
  params: ImportIssueParams = {},
): ImportError {
  return { line, code, message: fillTemplate(IMPORT_ERROR_MESSAGES[code], params), params };
}

export function describeImportWarning(
  line: number,
  code: ImportWarningCode,
  params: ImportIssueParams = {},
): ImportWarning {
  return { line, code, message: fillTemplate(IMPORT_WARNING_MESSAGES[code], params), params };
}

export function describeFileError(
  code: ImportFileErrorCode,
  params: ImportIssueParams = {},
): ImportFileError {
  return { code, message: fillTemplate(IMPORT_FILE_ERROR_MESSAGES[code], params), params };
}
