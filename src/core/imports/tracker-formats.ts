import { describeFileError, type ImportFileError } from './import-issues.js';

export type TrackerFormat = 'toggl' | 'clockify' | 'cadence';

export type TrackerField =
  | 'user'
  | 'email'
  | 'client'
  | 'project'
  | 'task'
  | 'description'
  | 'billable'
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'duration'
  | 'durationDecimal'
  | 'tags';

/** Column index of each field found in the header. */
export type TrackerColumns = Partial<Record<TrackerField, number>>;

interface ColumnSpec {
  field: TrackerField;
  /** Accepted header names, lower-case; the first is the one exports use today. */
  names: readonly string[];
  isRequired: boolean;
}

const column = (field: TrackerField, names: readonly string[], isRequired = false): ColumnSpec => ({
  field,
  names,
  isRequired,
});

/**
 * Toggl Track "Detailed report" CSV: `User,Email,Client,Project,Task,Description,Billable,
 * Start date,Start time,End date,End time,Duration,Tags,Amount ()`. Newer exports say `Member`
 * and add `Project color`, `Amount (EUR)`...: columns are found by name, extra ones are ignored.
 */
const TOGGL_COLUMNS: readonly ColumnSpec[] = [
  column('user', ['user', 'member']),
  column('email', ['email']),
  column('client', ['client']),
  column('project', ['project']),
  column('task', ['task']),
  column('description', ['description'], true),
  column('billable', ['billable']),
  column('startDate', ['start date'], true),
  column('startTime', ['start time'], true),
  column('endDate', ['end date']),
  column('endTime', ['end time'], true),
  column('duration', ['duration'], true),
  column('tags', ['tags']),
];

/**
 * Clockify "Detailed report" CSV: `Project,Client,Description,Task,User,Group,Email,Tags,Billable,
 * Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),
 * Billable Amount (USD)`. One of the two duration columns is enough.
 */
const CLOCKIFY_COLUMNS: readonly ColumnSpec[] = [
  column('project', ['project']),
  column('client', ['client']),
  column('description', ['description'], true),
  column('task', ['task']),
  column('user', ['user']),
  column('email', ['email']),
  column('tags', ['tags']),
  column('billable', ['billable']),
  column('startDate', ['start date'], true),
  column('startTime', ['start time'], true),
  column('endDate', ['end date']),
  column('endTime', ['end time'], true),
  column('duration', ['duration (h)']),
  column('durationDecimal', ['duration (decimal)']),
];

/**
 * Cadence's own CSV export, in French or English (`Date;Début;Date de fin;Fin;Durée;Heures;
 * Catégorie;Réseau;Membre;Note;Origine;…`): the category stands where the trackers have a
 * project, so the mapping pre-selects it by name and an export imports back as it is.
 */
const CADENCE_COLUMNS: readonly ColumnSpec[] = [
  column('project', ['catégorie', 'category'], true),
  column('description', ['note'], true),
  column('user', ['membre', 'member']),
  column('startDate', ['date'], true),
  column('startTime', ['début', 'start'], true),
  column('endDate', ['date de fin', 'end date']),
  column('endTime', ['fin', 'end'], true),
  column('duration', ['durée', 'duration'], true),
];

const SPECS: Record<TrackerFormat, readonly ColumnSpec[]> = {
  toggl: TOGGL_COLUMNS,
  clockify: CLOCKIFY_COLUMNS,
  cadence: CADENCE_COLUMNS,
};

/** The columns each format needs, as exported (for error messages and the web's help text). */
export const EXPECTED_TRACKER_COLUMNS: Record<TrackerFormat, readonly string[]> = {
  toggl: ['Description', 'Start date', 'Start time', 'End time', 'Duration'],
  clockify: ['Description', 'Start Date', 'Start Time', 'End Time', 'Duration (h) or Duration (decimal)'],
  cadence: ['Date', 'Début / Start', 'Fin / End', 'Durée / Duration', 'Catégorie / Category', 'Note'],
};

export type TrackerFormatDetection =
  | { ok: true; format: TrackerFormat; columns: TrackerColumns }
  | { ok: false; error: ImportFileError };

function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function locateColumns(header: readonly string[], specs: readonly ColumnSpec[]): TrackerColumns {
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normaliseHeader(name);
    if (!positions.has(key)) positions.set(key, index);
  });
  const columns: TrackerColumns = {};
  for (const spec of specs) {
    const index = spec.names.map((name) => positions.get(name)).find((position) => position !== undefined);
    if (index !== undefined) columns[spec.field] = index;
  }
  return columns;
}

/**
 * Recognises a Toggl Track or Clockify detailed-report header, or Cadence's own export, by column
 * names (case-insensitive, trimmed, in any order). Cadence is told apart by its `Catégorie` /
 * `Category` column, Clockify by its `Duration (h)` / `Duration (decimal)` columns, Toggl by its
 * plain `Duration`.
 */
export function detectTrackerFormat(headerRow: readonly string[]): TrackerFormatDetection {
  const names = new Set(headerRow.map(normaliseHeader));
  const format: TrackerFormat | null =
    names.has('catégorie') || names.has('category')
      ? 'cadence'
      : names.has('duration (h)') || names.has('duration (decimal)')
        ? 'clockify'
        : names.has('duration')
          ? 'toggl'
          : null;
  if (format !== null) {
    const columns = locateColumns(headerRow, SPECS[format]);
    const isComplete = SPECS[format].every((spec) => !spec.isRequired || columns[spec.field] !== undefined);
    if (isComplete) return { ok: true, format, columns };
  }
  return {
    ok: false,
    error: describeFileError('unknown_format', {
      togglColumns: EXPECTED_TRACKER_COLUMNS.toggl.join(', '),
      clockifyColumns: EXPECTED_TRACKER_COLUMNS.clockify.join(', '),
      foundColumns: headerRow.map((name) => name.trim()).join(', '),
    }),
  };
}
