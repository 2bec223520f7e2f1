import type { AgencyResults } from '../../../contracts/results-agency.js';
import { type CsvExportColumn, exportEntriesCsv } from '../../../core/imports/export-entries-csv.js';
import { type AgencySortColumn, sortAgencyRows } from '../../../core/results/agency-results.js';

type Row = AgencyResults['rows'][number];

/**
 * The agency ROI table as a spreadsheet, in the order shown on screen, each workspace in its own
 * currency (a column says which), then one total line per currency. Workspace names are typed by
 * people: every text cell goes through the formula-safe writer (a name starting with `=` stays text).
 */
export function exportAgencyResultsCsv(
  view: AgencyResults,
  options: { locale: 'fr' | 'en'; sort: AgencySortColumn; direction: 'asc' | 'desc' },
): string {
  const french = options.locale === 'fr';
  const decimal = (value: number | null, digits = 2) =>
    value === null ? null : french ? value.toFixed(digits).replace('.', ',') : value.toFixed(digits);
  const money = (cents: number | null) => (cents === null ? null : decimal(cents / 100));
  const totalLabel = french ? 'Total' : 'Total';
  const lines: (Row & { isTotal?: boolean })[] = [
    ...sortAgencyRows(view.rows, options.sort, options.direction),
    ...view.totals.map((total) => ({ ...total, workspaceId: '', name: totalLabel, isTotal: true })),
  ];
  const columns: CsvExportColumn<(typeof lines)[number]>[] = [
    { header: french ? 'Espace' : 'Workspace', value: (row) => row.name },
    { header: french ? 'Devise' : 'Currency', value: (row) => row.currency },
    { header: french ? 'Heures suivies' : 'Tracked hours', value: (row) => decimal(row.minutes / 60, 1) },
    { header: french ? 'Coût' : 'Cost', value: (row) => money(row.costCents) },
    { header: french ? 'Publications' : 'Posts', value: (row) => row.posts },
    { header: 'Leads', value: (row) => row.leads },
    { header: 'Clients', value: (row) => row.clients },
    { header: french ? 'Chiffre d’affaires' : 'Revenue', value: (row) => money(row.revenueCents) },
    { header: french ? 'Coût par lead' : 'Cost per lead', value: (row) => money(row.costPerLeadCents) },
    { header: 'ROI (%)', value: (row) => decimal(row.roiPercent, 1) },
    {
      header: french ? 'Peu de données' : 'Too little data',
      value: (row) => (row.isThin ? (french ? 'oui' : 'yes') : ''),
    },
  ];
  return exportEntriesCsv(lines, columns, french ? { delimiter: ';', includeBom: true } : {});
}
