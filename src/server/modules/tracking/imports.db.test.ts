import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app.js';
import { createTrackingWorld, type TrackingWorld } from './tracking-test-world.js';

let context: TestContext;
let world: TrackingWorld;

const fixture = (name: string) =>
  readFileSync(new URL(`../../../core/imports/fixtures/${name}`, import.meta.url), 'utf8');
const toggl = fixture('toggl-detailed-iso-bom.csv');

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-23T09:00:00Z'));
  world = await createTrackingWorld(context);
});

/** A Toggl detailed report of `rows` entries over a year, the way a busy agency exports it. */
function generateTogglCsv(rows: number): string {
  const projects = ['Instagram', 'LinkedIn', 'Blog', 'Facebook', 'Veille'];
  const tags = ['Communication', 'Veille', 'Blogging', 'Acquisition', 'Analyse', 'Curation', 'Stratégie'];
  const lines = [
    'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()',
  ];
  const pad = (value: number) => String(value).padStart(2, '0');
  for (let index = 0; index < rows; index++) {
    // 100,000 rows span about 830 days: from mid-2024, they all end before the test clock's today.
    const day = new Date(Date.UTC(2024, 5, 1) + Math.floor(index / 12) * 86_400_000 * 0.1);
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const startMinute = 8 * 60 + (index % 12) * 50;
    const duration = 15 + (index % 4) * 10;
    const time = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00`;
    lines.push(
      [
        'Marie Dupont',
        'marie@boulangerie-dupont.fr',
        'Boulangerie Dupont',
        projects[index % projects.length],
        '',
        `"Tâche n°${index}, ""lot"" du jour"`,
        'No',
        date,
        time(startMinute),
        date,
        time(startMinute + duration),
        time(duration),
        tags[index % tags.length],
        '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('imports', () => {
  it('previews a real Toggl export: format, values to map, line-numbered errors, suggested mapping', async () => {
    const response = await world.call('POST', '/imports/preview', { fileName: 'toggl.csv', text: toggl });
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ format: 'toggl', delimiter: ',', rowCount: 5, errorCount: 4 });
    expect(preview.dateFormat).toMatchObject({ format: 'ymd', isAmbiguous: false });
    expect(preview.distinct.projects.map((value: { name: string }) => value.name)).toEqual([
      'Blog',
      'Facebook',
      'Instagram',
      'Veille',
    ]);
    expect(preview.errors.map((error: { line: number; code: string }) => [error.line, error.code])).toEqual([
      [6, 'invalid_date'],
      [7, 'missing_end'],
      [8, 'negative_duration'],
      [9, 'malformed_row'],
    ]);
    expect(preview.summary).toMatchObject({ rowsToImport: 5, duplicates: 0, totalSeconds: 31_500 });
    expect(preview.suggestedMapping.byTag).toMatchObject({
      Communication: world.categories.communication,
      Veille: world.categories.veille,
      Blogging: world.categories.blogging,
    });
    expect(preview.suggestedMapping.byProject).toEqual({ Veille: world.categories.veille });

    const mapped = (
      await world.call('POST', '/imports/preview', {
        fileName: 'toggl.csv',
        text: toggl,
        mapping: { byTag: preview.suggestedMapping.byTag },
      })
    ).json();
    // "Veille, Curation" maps to two categories: refused rather than guessed.
    expect(mapped.errors.find((error: { code: string }) => error.code === 'conflicting_tags')?.line).toBe(3);
  });

  it('commits in one go, never imports the same rows twice, and undoes a batch', async () => {
    const mapping = {
      byTag: { Communication: world.categories.communication, Blogging: world.categories.blogging },
      byProject: { Veille: world.categories.veille },
      fallbackCategoryId: null,
    };
    const committed = await world.call('POST', '/imports', { fileName: 'toggl.csv', text: toggl, mapping });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ inserted: 5, duplicates: 0, skipped: 0, errorCount: 4 });
    expect(committed.json().batch).toMatchObject({
      fileName: 'toggl.csv',
      format: 'toggl',
      importedRows: 5,
      errorRows: 4,
      totalRows: 9,
      status: 'completed',
      userName: world.owner.name,
    });
    const entries = (await world.call('GET', '/time-entries?origin=import')).json();
    expect(entries.total).toBe(5);
    // Time-ordered ids (UUID version 7, rows numbered in file order), distinct.
    const ids: string[] = entries.entries.map((entry: { id: string }) => entry.id);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // 22:30 on 28 March (winter time) to 03:30 on 29 March (summer time) is four real hours.
    const night = entries.entries.find((entry: { note: string }) => entry.note.startsWith('Veille'));
    expect(night).toMatchObject({ startedAt: '2026-03-28T21:30:00.000Z', durationSeconds: 14_400 });

    const again = (
      await world.call('POST', '/imports', { fileName: 'toggl (1).csv', text: toggl, mapping })
    ).json();
    expect(again).toMatchObject({ inserted: 0, duplicates: 5, batch: null });
    const preview = (
      await world.call('POST', '/imports/preview', { fileName: 'toggl.csv', text: toggl })
    ).json();
    expect(preview.summary).toMatchObject({ rowsToImport: 0, duplicates: 5 });

    const [batch] = (await world.call('GET', '/imports')).json();
    expect((await world.call('DELETE', `/imports/${batch.id}`)).statusCode).toBe(204);
    expect((await world.call('GET', '/time-entries')).json().total).toBe(0);
    expect((await world.call('GET', '/imports')).json()[0]).toMatchObject({ status: 'undone' });
    expect(
      (await world.call('POST', '/imports', { fileName: 'toggl.csv', text: toggl, mapping })).json().inserted,
    ).toBe(5);
  });

  it('refuses unmapped rows, foreign categories and files that are not tracker exports', async () => {
    const unmapped = await world.call('POST', '/imports', {
      fileName: 'toggl.csv',
      text: toggl,
      mapping: { byTag: { Communication: world.categories.communication } },
    });
    expect(unmapped.statusCode).toBe(422);
    expect(unmapped.json()).toMatchObject({ code: 'import_unmapped', errors: [{ path: 'mapping' }] });
    const foreign = await world.call('POST', '/imports', {
      fileName: 'toggl.csv',
      text: toggl,
      mapping: { fallbackCategoryId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(foreign.json().code).toBe('category_unknown');
    const header = toggl.split('\n')[0];
    const outOfRange = await world.call('POST', '/imports/preview', {
      fileName: 'typo.csv',
      text: `${header}\nA,a@x.fr,,Blog,,Draft,No,1969-11-19,09:00:00,1969-11-19,10:00:00,01:00:00,,\n`,
    });
    expect(outOfRange.json()).toMatchObject({ rowCount: 0, errors: [{ line: 2, code: 'out_of_range' }] });
    // The test clock says 2026-11-23 09:00 UTC (10:00 in Paris): the second row has not ended yet.
    const future = await world.call('POST', '/imports/preview', {
      fileName: 'ahead.csv',
      text: `${header}\nA,a@x.fr,,Blog,,Done,No,2026-11-23,08:00:00,2026-11-23,09:00:00,01:00:00,,\nA,a@x.fr,,Blog,,Ahead,No,2026-11-23,10:00:00,2026-11-23,11:00:00,01:00:00,,\n`,
    });
    expect(future.json()).toMatchObject({ rowCount: 1, errors: [{ line: 3, code: 'in_future' }] });
    const notAnExport = await world.call('POST', '/imports/preview', {
      fileName: 'x.csv',
      text: 'a,b\n1,2\n',
    });
    expect(notAnExport.json()).toMatchObject({ status: 422, code: 'import_unknown_format' });
    expect((await world.call('GET', '/time-entries')).json().total).toBe(0);
  });

  // A NUL passed the preview and then failed the whole commit with "try again"; an empty file
  // was refused as a too-short field instead of being called empty.
  it('drops NUL characters from a file, naming their lines, and calls an empty file empty', async () => {
    const header = toggl.split('\n')[0];
    const text = `${header}\nA,a@x.fr,,Blog,,Dr\u0000aft,No,2026-11-19,09:00:00,2026-11-19,10:00:00,01:00:00,,\nA,a@x.fr,,Blog,,Clean,No,2026-11-20,09:00:00,2026-11-20,10:00:00,01:00:00,,\n`;
    const preview = (await world.call('POST', '/imports/preview', { fileName: 'nul.csv', text })).json();
    expect(preview).toMatchObject({ rowCount: 2, warnings: [{ line: 2, code: 'nul_removed' }] });
    const mapping = { fallbackCategoryId: world.categories.communication };
    const committed = await world.call('POST', '/imports', { fileName: 'nul.csv', text, mapping });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().inserted).toBe(2);
    const notes = (await world.call('GET', '/time-entries'))
      .json()
      .entries.map((entry: { note: string }) => entry.note);
    expect(notes.sort()).toEqual(['Clean', 'Draft']);

    const empty = await world.call('POST', '/imports/preview', { fileName: 'empty.csv', text: '' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'import_empty_file', detail: 'The file is empty.' });
  });

  it('reads Clockify exports with day-first dates and skips rows mapped to "skip"', async () => {
    const text = fixture('clockify-detailed-eu-24h.csv');
    const preview = (await world.call('POST', '/imports/preview', { fileName: 'clockify.csv', text })).json();
    expect(preview).toMatchObject({ format: 'clockify', dateFormat: { format: 'dmy' } });
    const result = (
      await world.call('POST', '/imports', {
        fileName: 'clockify.csv',
        text,
        mapping: { byProject: { Blog: 'skip' }, fallbackCategoryId: world.categories.communication },
      })
    ).json();
    expect(result.skipped).toBe(1);
    expect(result.inserted).toBe(preview.rowCount - 1);
  });

  // On PostgreSQL the rows are written while the file is read: what was sent must not outlive a
  // refusal found further down the file, nor a date format the rest of the file overturns.
  it('writes nothing when a row far down the file is unmapped, after thousands were sent', async () => {
    const rows = generateTogglCsv(3_000).trimEnd().split('\n');
    // Line 2,901: a project and a tag that nothing maps, ~400 KB into the file.
    rows.splice(
      2_900,
      0,
      'A,a@x.fr,,Ailleurs,,Unmapped,No,2026-11-19,09:00:00,2026-11-19,10:00:00,01:00:00,Autre,',
    );
    const mapping = {
      byProject: Object.fromEntries(
        ['Instagram', 'LinkedIn', 'Blog', 'Facebook', 'Veille'].map((project) => [
          project,
          world.categories.communication,
        ]),
      ),
    };
    const refused = await world.call('POST', '/imports', {
      fileName: 'late.csv',
      text: `${rows.join('\n')}\n`,
      mapping,
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'import_unmapped',
      detail: expect.stringMatching(/^1 rows/),
    });
    expect((await world.call('GET', '/time-entries')).json().total).toBe(0);
    expect((await world.call('GET', '/imports')).json()).toEqual([]);
  });

  it('imports with the date format the whole file tells, even when its first dates read otherwise', async () => {
    const header = 'Description,Start date,Start time,End date,End time,Duration';
    // 03/04 reads both ways (day first is the guess); 12/25, ~150 KB further, only month first.
    const filler = Array.from(
      { length: 2_000 },
      (_, index) => `Row ${index} ${'x'.repeat(40)},03/04/2026,09:00,03/04/2026,10:00,1:00`,
    );
    const text = [header, ...filler, 'Last,12/25/2025,09:00,12/25/2025,10:00,1:00'].join('\n');
    const committed = await world.call('POST', '/imports', {
      fileName: 'us.csv',
      text,
      mapping: { fallbackCategoryId: world.categories.communication },
    });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ inserted: 2_001, errorCount: 0 });
    const march = await world.call('GET', '/time-entries?from=2026-03-04&to=2026-03-04');
    expect(march.json().total).toBe(2_000);
  });

  it('imports 100,000 rows in one transaction (timed)', { timeout: 180_000 }, async () => {
    const text = generateTogglCsv(100_000);
    const mapping = {
      byTag: Object.fromEntries(
        ['Communication', 'Veille', 'Blogging', 'Acquisition', 'Analyse', 'Curation'].map((tag) => [
          tag,
          world.categories[tag.toLowerCase()],
        ]),
      ),
      fallbackCategoryId: world.categories.strategie,
    };
    let started = performance.now();
    const preview = await world.call('POST', '/imports/preview', { fileName: 'big.csv', text, mapping });
    const previewMs = performance.now() - started;
    expect(preview.json()).toMatchObject({ rowCount: 100_000, errorCount: 0 });
    started = performance.now();
    const committed = await world.call('POST', '/imports', { fileName: 'big.csv', text, mapping });
    const commitMs = performance.now() - started;
    expect(committed.json()).toMatchObject({ inserted: 100_000 });
    started = performance.now();
    const again = await world.call('POST', '/imports', { fileName: 'big.csv', text, mapping });
    const reimportMs = performance.now() - started;
    expect(again.json()).toMatchObject({ inserted: 0, duplicates: 100_000 });
    started = performance.now();
    const trend = await world.call('GET', '/planned-vs-actual/trend?weeks=53&weekStart=2026-11-01');
    const trendMs = performance.now() - started;
    expect(
      trend
        .json()
        .weeks.reduce((sum: number, week: { trackedSeconds: number }) => sum + week.trackedSeconds, 0),
    ).toBeGreaterThan(0);
    started = performance.now();
    const [batch] = (await world.call('GET', '/imports')).json();
    await world.call('DELETE', `/imports/${batch.id}`);
    const undoMs = performance.now() - started;
    console.info(
      `[import 100k, ${context.database.kind}] file ${(text.length / 1e6).toFixed(1)} MB; preview ${previewMs.toFixed(0)} ms, ` +
        `commit ${commitMs.toFixed(0)} ms, re-import ${reimportMs.toFixed(0)} ms, 53-week trend ${trendMs.toFixed(0)} ms, undo ${undoMs.toFixed(0)} ms`,
    );
  });
});
