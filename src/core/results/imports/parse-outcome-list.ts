import { hashFnv1a64Parts } from '../../imports/fnv1a64.js';
import type { DateFormatDetection } from '../../imports/local-date-time.js';
import type { NetworkKey } from '../../strategy/networks.js';
import type { OutcomeKind } from '../results-table.js';
import type { ResultsImportMapping } from './import-columns.js';
import { createDateReader } from './import-dates.js';
import { parseAmountCents, parseNetwork, parseOutcomeKind } from './import-values.js';
import { mapTable } from './mapped-table.js';
import type { ResultsCsvTable } from './read-results-csv.js';
import {
  type ResultsImportFileError,
  type ResultsImportIssue,
  resultsIssue,
} from './results-import-issues.js';

export type ImportedOutcome = {
  line: number;
  /** Same line, same key: importing a file again adds nothing. */
  rowKey: string;
  kind: OutcomeKind;
  occurredOn: string;
  amountCents: number;
  network: NetworkKey | null;
  campaign: string | null;
  utm: { source: string | null; medium: string | null; campaign: string | null };
  note: string;
};

export type OutcomeListResult =
  | {
      ok: true;
      rows: ImportedOutcome[];
      errors: ResultsImportIssue[];
      warnings: ResultsImportIssue[];
      dateFormat: DateFormatDetection | null;
    }
  | { ok: false; error: ResultsImportFileError };

const maxText = (text: string, length: number) => text.slice(0, length);

/**
 * Reads a list of outcomes (a CRM export, a form's responses, a spreadsheet). The network comes
 * from its column, else from `utm_source` (`linkedin`, `fb`, `ig`…); the campaign from its
 * column, else from `utm_campaign`. A line without a kind column takes the mapping's default kind.
 *
 * Identity: a line with an id column is known by that id (a later export that changes the
 * amount does not add it twice); otherwise by all its values and its rank among identical lines
 * of the file, so two identical sales on one day stay two, and the same file twice adds nothing.
 */
export function parseOutcomeList(
  table: ResultsCsvTable,
  options: { mapping: ResultsImportMapping; zone: string; preferredDateOrder?: 'dmy' | 'mdy' },
): OutcomeListResult {
  const mappedTable = mapTable(table, options.mapping, 'outcomes');
  if (!mappedTable.ok) return mappedTable;
  const { cell, readable } = mappedTable.mapped;
  const errors = [...mappedTable.mapped.errors];
  const dates = createDateReader(
    readable.map((record) => cell(record, 'date')),
    {
      zone: options.zone,
      ...(options.mapping.dateFormat ? { dateFormat: options.mapping.dateFormat } : {}),
      ...(options.preferredDateOrder ? { preferredDateOrder: options.preferredDateOrder } : {}),
    },
  );
  const seen = new Map<string, number>();
  const rows: ImportedOutcome[] = [];
  for (const record of readable) {
    const dateCell = cell(record, 'date');
    if (dateCell === '') {
      errors.push(resultsIssue(record.line, 'missing_date'));
      continue;
    }
    const date = dates.read(dateCell);
    if (!date) {
      errors.push(resultsIssue(record.line, 'invalid_date', { value: dateCell }));
      continue;
    }
    const kindCell = cell(record, 'kind');
    const kind = kindCell === '' ? (options.mapping.defaultKind ?? 'revenue') : parseOutcomeKind(kindCell);
    if (!kind) {
      errors.push(resultsIssue(record.line, 'unknown_kind', { value: kindCell }));
      continue;
    }
    const amountCell = cell(record, 'amount');
    const amountCents = parseAmountCents(amountCell);
    if (amountCents === undefined || amountCents > 2_000_000_000) {
      errors.push(resultsIssue(record.line, 'invalid_amount', { value: amountCell }));
      continue;
    }
    const utm = {
      source: cell(record, 'utmSource') || null,
      medium: cell(record, 'utmMedium') || null,
      campaign: cell(record, 'utmCampaign') || null,
    };
    const network = parseNetwork(cell(record, 'network')) ?? (utm.source ? parseNetwork(utm.source) : null);
    const campaign = maxText(cell(record, 'campaign') || utm.campaign || '', 120) || null;
    const note = maxText(cell(record, 'note'), 500);
    const externalId = cell(record, 'externalId');
    const values = externalId
      ? ['id', externalId]
      : [date.localDate, kind, String(amountCents), network ?? '', campaign ?? '', note];
    const base = hashFnv1a64Parts(values, 0x1f);
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    rows.push({
      line: record.line,
      rowKey: externalId ? base : hashFnv1a64Parts([base, String(rank)], 0x1f),
      kind,
      occurredOn: date.localDate,
      amountCents,
      network,
      campaign,
      utm,
      note,
    });
  }
  return { ok: true, rows, errors, warnings: table.warnings, dateFormat: dates.format };
}
