import type { ResultsView } from '../../../contracts/results.js';
import { type CsvExportColumn, exportEntriesCsv } from '../../../core/imports/export-entries-csv.js';

type Row = ResultsView['rows'][number];

/**
 * The ROI table as a spreadsheet: one line per period and key, the totals last. Amounts are in
 * the workspace's currency with the language's decimal mark; keys are network keys, category or
 * pillar ids as the API gives them. Text cells go through the formula-safe writer.
 */
export function exportResultsCsv(view: ResultsView, locale: 'fr' | 'en'): string {
  const french = locale === 'fr';
  const decimal = (value: number | null, digits = 2) =>
    value === null ? null : french ? value.toFixed(digits).replace('.', ',') : value.toFixed(digits);
  const money = (cents: number | null) => (cents === null ? null : decimal(cents / 100));
  const columns: CsvExportColumn<Row>[] = [
    { header: french ? 'Période' : 'Period', value: (row) => row.period ?? (french ? 'Total' : 'Total') },
    { header: french ? 'Clé' : 'Key', value: (row) => row.key },
    { header: `${french ? 'Coût' : 'Cost'} (${view.currency})`, value: (row) => money(row.costCents) },
    { header: french ? 'Minutes suivies' : 'Tracked minutes', value: (row) => row.minutes },
    { header: 'Leads', value: (row) => row.leads },
    { header: french ? 'Clients' : 'Clients', value: (row) => row.clients },
    {
      header: `${french ? 'Chiffre d’affaires' : 'Revenue'} (${view.currency})`,
      value: (row) => money(row.revenueCents),
    },
    { header: french ? 'Coût par lead' : 'Cost per lead', value: (row) => money(row.costPerLeadCents) },
    { header: french ? 'Coût par client' : 'Cost per client', value: (row) => money(row.costPerClientCents) },
    { header: 'ROI (%)', value: (row) => decimal(row.roiPercent, 1) },
    { header: french ? 'Publications' : 'Posts', value: (row) => row.posts },
    { header: french ? 'Interactions' : 'Engagements', value: (row) => row.engagements },
    {
      header: french ? 'Minutes par publication' : 'Minutes per post',
      value: (row) => decimal(row.minutesPerPost, 1),
    },
    {
      header: french ? 'Minutes par interaction' : 'Minutes per engagement',
      value: (row) => decimal(row.minutesPerEngagement, 1),
    },
    {
      header: french ? 'Peu de données' : 'Too little data',
      value: (row) => (row.isThin ? (french ? 'oui' : 'yes') : ''),
    },
  ];
  return exportEntriesCsv(view.rows, columns, french ? { delimiter: ';', includeBom: true } : {});
}
