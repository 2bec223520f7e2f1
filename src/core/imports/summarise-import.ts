import { Temporal } from 'temporal-polyfill';
import { parseInstantMs } from '../tracking/instant.js';
import type { MappedImportRow } from './apply-import-mapping.js';
import type { ImportedRow } from './imported-row.js';

export interface ImportCategoryTotal {
  /** Null for rows not mapped yet. */
  categoryId: string | null;
  rowCount: number;
  seconds: number;
  /** seconds / 3600 rounded to two decimals, for display. */
  hours: number;
}

export interface ImportSummary {
  /** Rows that would be written: not already imported. */
  rowsToImport: number;
  /** Rows whose `sourceHash` is already in `existingHashes` (skipped on import). */
  duplicates: number;
  errors: number;
  totalSeconds: number;
  byCategory: ImportCategoryTotal[];
  firstStartUtc: string | null;
  lastEndUtc: string | null;
  /** Local dates covered in `zone` (inclusive), when a zone was given. */
  localDateRange: { from: string; to: string } | null;
}

/**
 * The dry-run summary shown before importing, of rows mapped or not yet mapped (then all in the
 * `null` category). Duplicates are excluded from every total.
 * `byCategory` is ordered by seconds, largest first (ties by id), unmapped last.
 */
export function summariseImport(
  rows: readonly (ImportedRow | MappedImportRow)[],
  errors: readonly { line: number }[],
  options: { existingHashes?: ReadonlySet<string>; zone?: string } = {},
): ImportSummary {
  const existingHashes = options.existingHashes ?? new Set<string>();
  const totals = new Map<string | null, ImportCategoryTotal>();
  let duplicates = 0;
  let totalSeconds = 0;
  let firstStartUtc: string | null = null;
  let lastEndUtc: string | null = null;
  for (const item of rows) {
    const row = 'row' in item ? item.row : item;
    const categoryId = 'row' in item ? item.categoryId : null;
    if (existingHashes.has(row.sourceHash)) {
      duplicates += 1;
      continue;
    }
    const total = totals.get(categoryId) ?? { categoryId, rowCount: 0, seconds: 0, hours: 0 };
    total.rowCount += 1;
    total.seconds += row.durationSeconds;
    totals.set(categoryId, total);
    totalSeconds += row.durationSeconds;
    // Instants are normalised `YYYY-MM-DDTHH:MM:SSZ`, so text order is time order.
    if (firstStartUtc === null || row.startUtc < firstStartUtc) firstStartUtc = row.startUtc;
    if (lastEndUtc === null || row.endUtc > lastEndUtc) lastEndUtc = row.endUtc;
  }
  const byCategory = [...totals.values()]
    .map((total) => ({ ...total, hours: Math.round(total.seconds / 36) / 100 }))
    .sort(
      (left, right) =>
        Number(left.categoryId === null) - Number(right.categoryId === null) ||
        right.seconds - left.seconds ||
        (String(left.categoryId) < String(right.categoryId) ? -1 : 1),
    );
  return {
    rowsToImport: rows.length - duplicates,
    duplicates,
    errors: errors.length,
    totalSeconds,
    byCategory,
    firstStartUtc,
    lastEndUtc,
    localDateRange:
      options.zone && firstStartUtc !== null && lastEndUtc !== null
        ? { from: toLocalDate(firstStartUtc, options.zone, 0), to: toLocalDate(lastEndUtc, options.zone, -1) }
        : null,
  };
}

/** Local date of an instant; the end is exclusive, so it is shifted back one second. */
function toLocalDate(instant: string, zone: string, shiftSeconds: number): string {
  const epochMs = (parseInstantMs(instant) ?? 0) + shiftSeconds * 1000;
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).toPlainDate().toString();
}
