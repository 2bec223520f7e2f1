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

type ExportRow = TimeEntry & {
  categoryLabel: string;
  start: { date: string; time: string };
  end: { date: string; time: string } | null;
};

type ExportLocale = 'fr' | 'en';

const originLabels: Record<ExportLocale, Record<TimeEntry['origin'], string>> = {
  fr: { timer: 'minuteur', manual: 'saisie', grid: 'feuille de temps', import: 'import' },
  en: { timer: 'timer', manual: 'manual', grid: 'timesheet', import: 'import' },
};

/**
 * The columns of a CSV export, headed in the file's language. Dates stay ISO (YYYY-MM-DD), which
 * French and English Excel alike show as their own dates; hours carry the language's decimal
 * mark. The header names are the ones the importer recognises (src/core/imports/tracker-formats),
 * so an export imports back as it is.
 */
function exportColumns(locale: ExportLocale): CsvExportColumn<ExportRow>[] {
  const french = locale === 'fr';
  const hours = (seconds: number) => {
    const text = (Math.round(seconds / 36) / 100).toFixed(2);
    return french ? text.replace('.', ',') : text;
  };
  return [
    { header: 'Date', value: (row) => row.start.date },
    { header: french ? 'Début' : 'Start', value: (row) => row.start.time },
    { header: french ? 'Date de fin' : 'End date', value: (row) => row.end?.date },
    { header: french ? 'Fin' : 'End', value: (row) => row.end?.time },
    {
      header: french ? 'Durée' : 'Duration',
      value: (row) =>
        row.durationSeconds === null ? null : formatDuration(row.durationSeconds, 'clock-seconds'),
    },
    {
      header: french ? 'Heures' : 'Hours',
      value: (row) => (row.durationSeconds === null ? null : hours(row.durationSeconds)),
    },
    { header: french ? 'Catégorie' : 'Category', value: (row) => row.categoryLabel },
    { header: french ? 'Réseau' : 'Network', value: (row) => row.networkKey },
    { header: french ? 'Membre' : 'Member', value: (row) => row.userName },
    { header: 'Note', value: (row) => row.note },
    { header: french ? 'Origine' : 'Origin', value: (row) => originLabels[locale][row.origin] },
    { header: french ? 'Début (UTC)' : 'Start (UTC)', value: (row) => row.startedAt },
    { header: french ? 'Fin (UTC)' : 'End (UTC)', value: (row) => row.endedAt },
  ];
}

/** `cadence-temps-2026-12-04.csv` / `cadence-time-entries-2026-12-04.csv`. */
export function exportFileName(locale: ExportLocale, extension: string, now: Date): string {
  return `${locale === 'fr' ? 'cadence-temps' : 'cadence-time-entries'}-${now.toISOString().slice(0, 10)}.${extension}`;
}

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
     * UTC, headers, categories and origins in `locale`, a UTF-8 BOM so Excel reads the accents.
     * Text cells that a spreadsheet would run as a formula are neutralised by the core. `;` is
     * what French Excel expects, since `,` is its decimal mark.
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
          end,
        };
      });
      return exportEntriesCsv(rows, exportColumns(options.locale), {
        delimiter: options.delimiter,
        includeBom: true,
      });
    },
  };
}

export type ExportTimeEntriesService = ReturnType<typeof createExportTimeEntriesService>;
