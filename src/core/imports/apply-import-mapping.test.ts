import { describe, expect, it } from 'vitest';
import { applyImportMapping, type ImportMapping } from './apply-import-mapping.js';
import type { ImportedRow } from './imported-row.js';
import { summariseImport } from './summarise-import.js';

function row(line: number, project: string | null, tags: string[], durationSeconds = 3600): ImportedRow {
  return {
    line,
    startUtc: `2026-03-${String(line).padStart(2, '0')}T08:00:00Z`,
    endUtc: `2026-03-${String(line).padStart(2, '0')}T09:00:00Z`,
    durationSeconds,
    project,
    client: null,
    task: null,
    description: '',
    tags,
    billable: false,
    user: null,
    email: null,
    sourceHash: `hash-${line}`,
  };
}

const mapping: ImportMapping = {
  byProject: { Instagram: 'acquisition', Blog: 'blogging', Perso: 'skip' },
  byTag: { Veille: 'watch', Curation: 'curation', Privé: 'skip', Réponses: 'communication' },
  fallbackCategoryId: null,
};

describe('applyImportMapping', () => {
  it('lets tags win over the project, skips explicit exclusions and reports what stays unmapped', () => {
    const result = applyImportMapping(
      [
        row(2, 'Instagram', ['Réponses']),
        row(3, 'Instagram', []),
        row(4, 'Instagram', ['Inconnu']),
        row(5, 'Blog', ['Privé', 'Veille']),
        row(6, 'Perso', []),
        row(7, 'Perso', ['Veille']),
        row(8, 'Instagram', ['Veille', 'Curation']),
        row(9, 'Autre', []),
        row(10, null, []),
        row(11, 'constructor', ['toString']),
      ],
      mapping,
    );
    expect(result.rows.map((mapped) => [mapped.row.line, mapped.categoryId, mapped.mappedBy])).toEqual([
      [2, 'communication', 'tag'],
      [3, 'acquisition', 'project'],
      [4, 'acquisition', 'project'],
      [7, 'watch', 'tag'],
    ]);
    expect(result.skipped).toEqual([
      { line: 5, sourceHash: 'hash-5', skippedBy: 'tag' },
      { line: 6, sourceHash: 'hash-6', skippedBy: 'project' },
    ]);
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([
      [8, 'conflicting_tags'],
      [9, 'unmapped'],
      [10, 'unmapped'],
      [11, 'unmapped'],
    ]);
    expect(result.errors[0]?.params).toEqual({ categories: 'watch, curation' });
    expect(result.errors[1]?.message).toBe('No category is mapped for this entry (project "Autre").');
  });

  it('sends rows nothing maps to the fallback category', () => {
    const result = applyImportMapping([row(2, 'Autre', []), row(3, null, ['x'])], {
      ...mapping,
      fallbackCategoryId: 'other',
    });
    expect(result.rows.map((mapped) => [mapped.categoryId, mapped.mappedBy])).toEqual([
      ['other', 'fallback'],
      ['other', 'fallback'],
    ]);
    expect(result.errors).toEqual([]);
  });
});

describe('summariseImport', () => {
  it('sums what would be imported per category, without duplicates', () => {
    const mapped = applyImportMapping(
      [
        row(2, 'Instagram', [], 5400),
        row(3, 'Blog', [], 3600),
        row(4, 'Blog', [], 1800),
        row(5, 'Instagram', []),
      ],
      mapping,
    );
    const summary = summariseImport(mapped.rows, [{ line: 9 }], {
      existingHashes: new Set(['hash-5']),
      zone: 'Europe/Paris',
    });
    expect(summary).toEqual({
      rowsToImport: 3,
      duplicates: 1,
      errors: 1,
      totalSeconds: 10_800,
      byCategory: [
        { categoryId: 'acquisition', rowCount: 1, seconds: 5400, hours: 1.5 },
        { categoryId: 'blogging', rowCount: 2, seconds: 5400, hours: 1.5 },
      ],
      firstStartUtc: '2026-03-02T08:00:00Z',
      lastEndUtc: '2026-03-04T09:00:00Z',
      localDateRange: { from: '2026-03-02', to: '2026-03-04' },
    });
  });

  it('keeps unmapped rows in their own bucket, last', () => {
    const summary = summariseImport(
      [row(2, null, [], 60), { row: row(3, null, [], 30), categoryId: 'a', mappedBy: 'project' }],
      [],
    );
    expect(summary.byCategory).toEqual([
      { categoryId: 'a', rowCount: 1, seconds: 30, hours: 0.01 },
      { categoryId: null, rowCount: 1, seconds: 60, hours: 0.02 },
    ]);
    expect(summary.localDateRange).toBeNull();
    expect(summariseImport([], []).firstStartUtc).toBeNull();
  });
});
