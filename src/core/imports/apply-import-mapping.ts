import { describeImportError, type ImportError } from './import-issues.js';
import type { ImportedRow } from './imported-row.js';

/** Mapping target meaning "do not import these rows" (e.g. a "personal" tag). */
export const SKIP_IMPORT = 'skip';

export type ImportMappingTarget = string;

export interface ImportMapping {
  /** Project name as in the file (trimmed) -> category id or `'skip'`. */
  byProject: Readonly<Record<string, ImportMappingTarget>>;
  /** Tag name as in the file (trimmed) -> category id or `'skip'`. */
  byTag: Readonly<Record<string, ImportMappingTarget>>;
  /** Category for rows nothing else maps; null leaves them as `unmapped` errors. */
  fallbackCategoryId: string | null;
}

/** A row and the category it goes to; the row itself is shared, not copied (100,000s of them). */
export interface MappedImportRow {
  row: ImportedRow;
  categoryId: string;
  mappedBy: 'tag' | 'project' | 'fallback';
}

export interface SkippedImportRow {
  line: number;
  sourceHash: string;
  skippedBy: 'tag' | 'project';
}

export interface ImportMappingResult {
  rows: MappedImportRow[];
  skipped: SkippedImportRow[];
  errors: ImportError[];
}

/** Own-property lookup: a project called "constructor" must not hit Object.prototype. */
function lookUp(map: Readonly<Record<string, string>>, key: string | null): string | undefined {
  return key !== null && Object.hasOwn(map, key) ? map[key] : undefined;
}

/**
 * Gives each imported row a Cadence category. TAGS WIN OVER THE PROJECT: in trackers the project is
 * usually the client or campaign while tags say what kind of work it was, which is what Cadence's
 * task categories are. For each row:
 * 1. a tag mapped to `'skip'` skips the row (an explicit exclusion is never overridden);
 * 2. tags mapped to exactly one category give it; tags mapped to several distinct categories are a
 *    `conflicting_tags` error (guessing would misreport costs per category);
 * 3. otherwise the project's mapping: `'skip'` skips, a category id maps;
 * 4. otherwise the fallback category, else an `unmapped` error.
 * Tags and projects absent from the mapping are ignored.
 */
export function applyImportMapping(
  rows: readonly ImportedRow[],
  mapping: ImportMapping,
): ImportMappingResult {
  const result: ImportMappingResult = { rows: [], skipped: [], errors: [] };
  for (const row of rows) {
    // The distinct categories the row's tags map to, in tag order; usually one or none.
    let tagTargets: string[] | null = null;
    for (const tag of row.tags) {
      const target = lookUp(mapping.byTag, tag);
      if (target === undefined) continue;
      if (tagTargets === null) tagTargets = [target];
      else if (!tagTargets.includes(target)) tagTargets.push(target);
    }
    if (tagTargets?.includes(SKIP_IMPORT)) {
      result.skipped.push({ line: row.line, sourceHash: row.sourceHash, skippedBy: 'tag' });
      continue;
    }
    if (tagTargets !== null && tagTargets.length > 1) {
      result.errors.push(
        describeImportError(row.line, 'conflicting_tags', { categories: tagTargets.join(', ') }),
      );
      continue;
    }
    const tagCategory = tagTargets?.[0];
    if (tagCategory !== undefined) {
      result.rows.push({ row, categoryId: tagCategory, mappedBy: 'tag' });
      continue;
    }
    const projectTarget = lookUp(mapping.byProject, row.project);
    if (projectTarget === SKIP_IMPORT) {
      result.skipped.push({ line: row.line, sourceHash: row.sourceHash, skippedBy: 'project' });
    } else if (projectTarget !== undefined) {
      result.rows.push({ row, categoryId: projectTarget, mappedBy: 'project' });
    } else if (mapping.fallbackCategoryId !== null) {
      result.rows.push({ row, categoryId: mapping.fallbackCategoryId, mappedBy: 'fallback' });
    } else {
      result.errors.push(describeImportError(row.line, 'unmapped', { project: row.project ?? '' }));
    }
  }
  return result;
}
