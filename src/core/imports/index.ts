export {
  applyImportMapping,
  type ImportMapping,
  type ImportMappingResult,
  type ImportMappingTarget,
  type MappedImportRow,
  SKIP_IMPORT,
  type SkippedImportRow,
} from './apply-import-mapping.js';
export {
  type CsvRecord,
  type CsvRecordProblem,
  type CsvTokenizer,
  createCsvTokenizer,
  detectCsvDelimiter,
} from './csv-tokenizer.js';
export {
  type CsvCellValue,
  type CsvExportColumn,
  type ExportCsvOptions,
  exportEntriesCsv,
  neutraliseSpreadsheetFormula,
} from './export-entries-csv.js';
export { hashFnv1a64 } from './fnv1a64.js';
export {
  IMPORT_ERROR_MESSAGES,
  IMPORT_FILE_ERROR_MESSAGES,
  IMPORT_WARNING_MESSAGES,
  type ImportError,
  type ImportErrorCode,
  type ImportFileError,
  type ImportFileErrorCode,
  type ImportIssue,
  type ImportIssueParams,
  type ImportWarning,
  type ImportWarningCode,
} from './import-issues.js';
export type { DistinctValue, ImportDistinctValues, ImportedRow } from './imported-row.js';
export type { DateFormat, DateFormatDetection } from './local-date-time.js';
export { type ImportCategoryTotal, type ImportSummary, summariseImport } from './summarise-import.js';
export {
  createTrackerCsvParser,
  parseTrackerCsv,
  parseTrackerCsvStream,
  type TrackerCsvOptions,
  type TrackerCsvParser,
  type TrackerCsvProgress,
  type TrackerCsvResult,
  type TrackerCsvSuccess,
} from './tracker-csv-parser.js';
export {
  detectTrackerFormat,
  EXPECTED_TRACKER_COLUMNS,
  type TrackerColumns,
  type TrackerField,
  type TrackerFormat,
  type TrackerFormatDetection,
} from './tracker-formats.js';
