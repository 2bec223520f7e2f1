import type { EntryFilters, TimeEntry } from '../../../contracts/tracking.js';
import { type CsvExportColumn, exportEntriesCsv } from '../../../core/imports/export-entries-csv.js';
import { formatEpochMilliseconds, getOffsetMilliseconds } from '../../../core/time/epoch-milliseconds.js';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { categoryLabel } from './category-labels.js';
import type { TimeEntriesRepository } from './time-entries.repository.js';
import { findWorkspaceTime, localDateRange } from './workspace-time.js';

/** Local `YYYY-MM-DD` and `HH:MM:SS` of an instant; epoch arithmetic, fast enough for 100,000 rows. */
function toLocal(instant: string, timeZone: string): { date: string; time: string } {
  const epochMs = Date.parse(instant);
  const local = formatEpochMilliseconds(epochMs + getOffsetMilliseconds(timeZone, epochMs));
  return { date: local.slice(0, 10), time: local.slice(11, 19) };
}

type ExportRow = TimeEntry & { categoryLabel: string; start: { date: string; time: string }; end: string };

const columns: CsvExportColumn<ExportRow>[] = [
  { header: 'date', value: (row) => row.start.date },
  { header: 'start', value: (row) => row.start.time },
  { header: 'end', value: (row) => row.end },
  { header: 'start_utc', value: (row) => row.startedAt },
  { header: 'end_utc', value: (row) => row.endedAt },
  {
    header: 'duration',
    value: (row) =>
      row.durationSeconds === null ? null : formatDuration(row.durationSeconds, 'clock-seconds'),
  },
  { header: 'duration_seconds', value: (row) => row.durationSeconds },
  { header: 'category', value: (row) => row.categoryLabel },
  { header: 'network', value: (row) => row.networkKey },
  { header: 'member', value: (row) => row.userName },
  { header: 'note', value: (row) => row.note },
  { header: 'origin', value: (row) => row.origin },
];

export function createExportTimeEntriesService({
  timeEntriesRepository,
  categoriesRepository,
  workspacesRepository,
}: {
  timeEntriesRepository: TimeEntriesRepository;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
}) {
  async function load(workspaceId: string, filters: EntryFilters) {
    const { timeZone } = await findWorkspaceTime(workspacesRepository, workspaceId);
    const entries = await timeEntriesRepository.list(
      workspaceId,
      { ...filters, ...localDateRange(filters, timeZone) },
      null,
    );
    // Oldest first: an export reads like a ledger.
    return { timeZone, entries: entries.reverse() };
  }

  return {
    async exportJson(workspaceId: string, filters: EntryFilters) {
      const { timeZone, entries } = await load(workspaceId, filters);
      return { timeZone, entries };
    },

    /**
     * Every entry matching the filters as CSV: local date and times in the workspace's zone AND
     * UTC, the category's name in `locale`. Text cells that a spreadsheet would run as a formula
     * are neutralised by the core. `;` suits French Excel, where `,` is the decimal mark.
     */
    async exportCsv(
      workspaceId: string,
      filters: EntryFilters,
      options: { locale: 'fr' | 'en'; delimiter: ',' | ';' },
    ): Promise<string> {
      const [{ timeZone, entries }, categories] = await Promise.all([
        load(workspaceId, filters),
        categoriesRepository.list(workspaceId, { includeArchived: true }),
      ]);
      const labels = new Map(
        categories.map((category) => [category.id, categoryLabel(category, options.locale)]),
      );
      const rows = entries.map((entry) => {
        const end = entry.endedAt === null ? null : toLocal(entry.endedAt, timeZone);
        const start = toLocal(entry.startedAt, timeZone);
        return {
          ...entry,
          categoryLabel: labels.get(entry.categoryId) ?? '',
          start,
          // An entry ending on a later local day carries that date: `01:00:00 (2026-03-30)`.
          end: end === null ? '' : end.date === start.date ? end.time : `${end.time} (${end.date})`,
        };
      });
      return exportEntriesCsv(rows, columns, { delimiter: options.delimiter, includeBom: true });
    },
  };
}

export type ExportTimeEntriesService = ReturnType<typeof createExportTimeEntriesService>;
