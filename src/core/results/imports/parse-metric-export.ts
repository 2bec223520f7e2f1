import { hashFnv1a64Parts } from '../../imports/fnv1a64.js';
import type { DateFormatDetection } from '../../imports/local-date-time.js';
import type { NetworkKey } from '../../strategy/networks.js';
import type { PostMetrics } from '../engagement.js';
import type { MetricImportSource, ResultsImportMapping } from './import-columns.js';
import { createDateReader } from './import-dates.js';
import { parseCount } from './import-values.js';
import { mapTable } from './mapped-table.js';
import type { ResultsCsvTable } from './read-results-csv.js';
import {
  type ResultsImportFileError,
  type ResultsImportIssue,
  resultsIssue,
} from './results-import-issues.js';

/** One post of a network's export, with the figures the export gives (null = not given). */
export type ImportedPostFigures = {
  line: number;
  network: NetworkKey;
  /** Identifies the post across exports: its id, else its link, else its time and first words. */
  postKey: string;
  /** Identifies this reading: the post and its figures. The same line imported twice is one snapshot. */
  rowKey: string;
  externalId: string | null;
  url: string | null;
  publishedAt: string;
  localDate: string;
  text: string;
  metrics: PostMetrics;
};

export type MetricExportResult =
  | {
      ok: true;
      rows: ImportedPostFigures[];
      errors: ResultsImportIssue[];
      warnings: ResultsImportIssue[];
      dateFormat: DateFormatDetection | null;
    }
  | { ok: false; error: ResultsImportFileError };

const FIGURES = ['impressions', 'reactions', 'comments', 'shares', 'clicks', 'saves'] as const;

/** Where the export says nothing of a post's text, its link identifies it. */
const normaliseText = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads the post-level export of a network without a connector (LinkedIn page, Meta Business
 * Suite for Facebook or Instagram) with the person's column mapping. Each line is one post's
 * figures at the time of the export. A line without a readable date, with a figure that is not a
 * number or with no figure at all is an error; the others are kept.
 */
export function parseMetricExport(
  table: ResultsCsvTable,
  options: {
    source: MetricImportSource;
    mapping: ResultsImportMapping;
    zone: string;
    preferredDateOrder?: 'dmy' | 'mdy';
  },
): MetricExportResult {
  const mappedTable = mapTable(table, options.mapping, options.source);
  if (!mappedTable.ok) return mappedTable;
  const { cell, readable } = mappedTable.mapped;
  const errors = [...mappedTable.mapped.errors];
  const dates = createDateReader(
    readable.map((record) => cell(record, 'publishedAt')),
    {
      zone: options.zone,
      ...(options.mapping.dateFormat ? { dateFormat: options.mapping.dateFormat } : {}),
      ...(options.preferredDateOrder ? { preferredDateOrder: options.preferredDateOrder } : {}),
    },
  );
  const rows: ImportedPostFigures[] = [];
  for (const record of readable) {
    const dateCell = cell(record, 'publishedAt');
    if (dateCell === '') {
      errors.push(resultsIssue(record.line, 'missing_date'));
      continue;
    }
    const date = dates.read(dateCell);
    if (!date) {
      errors.push(resultsIssue(record.line, 'invalid_date', { value: dateCell }));
      continue;
    }
    const metrics: PostMetrics = {
      impressions: null,
      reactions: null,
      comments: null,
      shares: null,
      quotes: null,
      clicks: null,
      saves: null,
    };
    let badFigure: ResultsImportIssue | null = null;
    for (const figure of FIGURES) {
      const value = parseCount(cell(record, figure));
      if (value === undefined) {
        badFigure = resultsIssue(record.line, 'invalid_number', {
          value: cell(record, figure),
          column: options.mapping.columns[figure] ?? figure,
        });
        break;
      }
      metrics[figure] = value;
    }
    if (badFigure) {
      errors.push(badFigure);
      continue;
    }
    if (FIGURES.every((figure) => metrics[figure] === null)) {
      errors.push(resultsIssue(record.line, 'no_figures'));
      continue;
    }
    const externalId = cell(record, 'externalId') || null;
    const url = cell(record, 'url') || null;
    const text = normaliseText(cell(record, 'text'));
    const identity = externalId
      ? `id:${externalId}`
      : url
        ? `url:${url}`
        : `at:${date.instant}:${text.slice(0, 80)}`;
    const postKey = hashFnv1a64Parts([options.source, identity], 0x1f);
    const figures = FIGURES.map((figure) => String(metrics[figure] ?? ''));
    rows.push({
      line: record.line,
      network: options.source,
      postKey,
      rowKey: hashFnv1a64Parts([options.source, identity, ...figures], 0x1f),
      externalId,
      url,
      publishedAt: date.instant,
      localDate: date.localDate,
      text,
      metrics,
    });
  }
  return { ok: true, rows, errors, warnings: table.warnings, dateFormat: dates.format };
}
