import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { entryPageSchema, type TimeEntry } from '../../../contracts/tracking.js';
import { serializeResponse } from '../../platform/response-serializer.js';
import { createTestContext, createWorkspaceFor, type TestContext } from '../../testing/test-app.js';
import { createTrackingWorld, type TrackingWorld } from './tracking-test-world.js';

let context: TestContext;
let world: TrackingWorld;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-11-23T09:00:00Z'));
  world = await createTrackingWorld(context);
});

const manual = (body: Record<string, unknown>) =>
  world.call('POST', '/time-entries', { categoryId: world.categories.veille, ...body });

describe('time entries', () => {
  it('adds entries from start + end or start + duration, whole seconds', async () => {
    const byEnd = await manual({
      startedAt: '2026-11-20T10:00:00+01:00',
      endedAt: '2026-11-20T11:30:00+01:00',
    });
    expect(byEnd.statusCode).toBe(201);
    expect(byEnd.json()).toMatchObject({
      startedAt: '2026-11-20T09:00:00.000Z',
      durationSeconds: 5400,
      origin: 'manual',
      userId: world.owner.id,
      userName: world.owner.name,
    });
    const byDuration = await manual({
      startedAt: '2026-11-20T14:00:00.700Z',
      durationSeconds: 900,
      note: 'Veille',
    });
    expect(byDuration.json()).toMatchObject({ startedAt: '2026-11-20T14:00:00.000Z', durationSeconds: 900 });
  });

  it('explains refused intervals on the field to fix', async () => {
    const reversed = await manual({ startedAt: '2026-11-20T10:00:00Z', endedAt: '2026-11-20T09:00:00Z' });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json()).toMatchObject({
      code: 'entry_end_not_after_start',
      errors: [{ path: 'endedAt', message: 'The end must be after the start.' }],
    });
    const french = await world.call('POST', '/time-entries', {
      categoryId: world.categories.veille,
      startedAt: '2026-11-20T10:00:00Z',
      endedAt: '2026-11-20T10:00:00Z',
    });
    expect(french.json().errors[0].path).toBe('endedAt');

    const tooLong = await manual({ startedAt: '2026-11-20T08:00:00Z', endedAt: '2026-11-21T09:00:00Z' });
    expect(tooLong.json()).toMatchObject({
      code: 'entry_too_long',
      detail: 'An entry cannot last more than 24 hours.',
    });
    const future = await manual({ startedAt: '2026-11-23T09:00:00Z', durationSeconds: 3600 });
    expect(future.json()).toMatchObject({ code: 'entry_in_future', errors: [{ path: 'durationSeconds' }] });
    const both = await manual({
      startedAt: '2026-11-20T09:00:00Z',
      endedAt: '2026-11-20T10:00:00Z',
      durationSeconds: 60,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toBe('endedAt');
    // Years outside 1970-2199 are typos, and would leave 4-digit ISO years in week arithmetic.
    const longAgo = await manual({ startedAt: '0001-01-01T00:00:00Z', durationSeconds: 60 });
    expect(longAgo.json()).toMatchObject({ status: 400, errors: [{ path: 'startedAt' }] });
    expect((await world.call('GET', '/timesheet?weekStart=9999-12-31')).statusCode).toBe(400);
  });

  it('refuses another workspace’s category and entry ids as unknown', async () => {
    const other = await createWorkspaceFor(context.app, world.owner, 'Other');
    const [foreignCategory] = (await world.call('GET', `/api/workspaces/${other}/categories`)).json();
    const withForeignCategory = await manual({
      categoryId: foreignCategory.id,
      startedAt: '2026-11-20T09:00:00Z',
      durationSeconds: 60,
    });
    expect(withForeignCategory.json()).toMatchObject({
      code: 'category_unknown',
      errors: [{ path: 'categoryId' }],
    });

    const foreignEntry = (
      await world.call('POST', `/api/workspaces/${other}/time-entries`, {
        categoryId: foreignCategory.id,
        startedAt: '2026-11-20T09:00:00Z',
        durationSeconds: 60,
      })
    ).json();
    expect((await world.call('PATCH', `/time-entries/${foreignEntry.id}`, { note: 'x' })).statusCode).toBe(
      404,
    );
    expect((await world.call('DELETE', `/time-entries/${foreignEntry.id}`)).statusCode).toBe(404);
    expect((await world.call('POST', `/time-entries/${foreignEntry.id}/duplicate`, {})).statusCode).toBe(404);
  });

  it('filters by local dates (inclusive), category, network and member, and paginates', async () => {
    // 23:30 in Paris on the 20th is 22:30 UTC: it belongs to the 20th.
    await manual({ startedAt: '2026-11-20T22:30:00Z', durationSeconds: 1800, networkKey: 'linkedin' });
    await manual({ startedAt: '2026-11-20T23:30:00Z', durationSeconds: 1800 });
    await manual({
      categoryId: world.categories.analyse,
      startedAt: '2026-11-19T10:00:00Z',
      durationSeconds: 600,
    });
    const onThe20th = (await world.call('GET', '/time-entries?from=2026-11-20&to=2026-11-20')).json();
    expect(onThe20th).toMatchObject({ total: 1, totalSeconds: 1800 });
    expect(onThe20th.entries[0].networkKey).toBe('linkedin');
    expect(
      (await world.call('GET', `/time-entries?categoryId=${world.categories.analyse}`)).json().total,
    ).toBe(1);
    expect((await world.call('GET', '/time-entries?networkKey=linkedin')).json().total).toBe(1);
    expect((await world.call('GET', `/time-entries?userId=${world.owner.id}`)).json().total).toBe(3);
    expect((await world.call('GET', '/time-entries?origin=manual&networkKey=linkedin')).json().total).toBe(1);
    // Filters combine (page and totals are one statement whose unused filters match everything).
    const none = (await world.call('GET', '/time-entries?origin=timer&from=2026-11-20')).json();
    expect(none).toMatchObject({ entries: [], total: 0, totalSeconds: 0 });

    const firstPage = (await world.call('GET', '/time-entries?pageSize=2')).json();
    expect(firstPage).toMatchObject({ total: 3, page: 1, pageSize: 2, totalSeconds: 4200 });
    expect(firstPage.entries.map((entry: { startedAt: string }) => entry.startedAt)).toEqual([
      '2026-11-20T23:30:00.000Z',
      '2026-11-20T22:30:00.000Z',
    ]);
    const lastPage = (await world.call('GET', '/time-entries?pageSize=2&page=2')).json();
    expect(lastPage).toMatchObject({ total: 3, page: 2, totalSeconds: 4200 });
    expect(lastPage.entries).toHaveLength(1);
    // Past the end: no entry, but still the totals of every matching one.
    const pastTheEnd = (await world.call('GET', '/time-entries?pageSize=2&page=3')).json();
    expect(pastTheEnd).toMatchObject({ entries: [], total: 3, totalSeconds: 4200 });
    expect((await world.call('GET', '/time-entries?from=2026-11-21&to=2026-11-20')).statusCode).toBe(400);
  });

  it("writes the list as the contract's own bytes, each entry as the other reads of entries see it", async () => {
    const { db } = context.database;
    // Every kind of entry: text JSON must escape (note, member's name), a network, a routine link,
    // a running timer, an import.
    await db.execute(
      sql`update "user" set name = ${'Zoé "la" \\ Dupont\t</script> 👩‍👩‍👧'} where id = ${world.owner.id}`,
    );
    const escaped = (
      await manual({
        startedAt: '2026-11-20T08:00:00Z',
        durationSeconds: 5400,
        networkKey: 'linkedin',
        note: 'Il a dit "oui" \\ à tous\n\tla suite \u0001 \u2028 </script> 🥐👩‍👩‍👧 e\u0301',
      })
    ).json() as TimeEntry;
    const linked = (await manual({ startedAt: '2026-11-19T10:00:00Z', durationSeconds: 600 })).json();
    await db.execute(
      sql`update time_entries set routine_block_id = gen_random_uuid(), occurrence_date = '2026-11-19' where id = ${linked.id}`,
    );
    const exported = (await world.call('GET', '/time-entries/export.csv?locale=fr')).body;
    const preview = (
      await world.call('POST', '/imports/preview', { fileName: 'cadence-temps.csv', text: exported })
    ).json();
    const imported = await world.call('POST', '/imports', {
      fileName: 'cadence-temps.csv',
      text: exported,
      mapping: { ...preview.suggestedMapping, fallbackCategoryId: null },
    });
    expect(imported.json()).toMatchObject({ inserted: 2 });
    context.clock.set(new Date('2026-11-23T10:30:00Z'));
    await world.call('POST', '/timer/start', { categoryId: world.categories.veille });

    const contract = serializeResponse({
      schema: entryPageSchema,
      method: 'GET',
      url: '/',
      httpStatus: '200',
    } as never);
    const pages = [
      '/time-entries?from=2026-11-16&to=2026-11-23',
      '/time-entries?from=2026-11-16&to=2026-11-23&pageSize=2&page=2',
      '/time-entries?networkKey=linkedin',
      '/time-entries?pageSize=2&page=9',
    ];
    for (const page of pages) {
      const listed = await world.call('GET', page);
      expect(listed.statusCode).toBe(200);
      expect(listed.headers['content-type']).toBe('application/json; charset=utf-8');
      const answer = listed.json();
      expect(listed.body).toBe(contract(answer));
      expect(listed.body).toBe(JSON.stringify(entryPageSchema.parse(answer)));
    }
    const week = (await world.call('GET', pages[0] as string)).json();
    expect(week).toMatchObject({ total: 5, totalSeconds: 2 * 5400 + 2 * 600, page: 1, pageSize: 50 });
    // Field for field what the JSON export (Drizzle's mapping, `toTimeEntry`; oldest first) says.
    const viaExport = (
      await world.call('GET', '/time-entries/export.json?from=2026-11-16&to=2026-11-23')
    ).json();
    expect(week.entries).toEqual([...viaExport.entries].reverse());
    expect(week.entries.find((entry: TimeEntry) => entry.id === escaped.id)).toEqual({
      ...escaped,
      userName: 'Zoé "la" \\ Dupont\t</script> 👩‍👩‍👧',
    });
    // Every kind is in the page (imported ones start when their originals did: sorted here).
    const kinds = week.entries
      .map((entry: TimeEntry) =>
        [
          entry.origin,
          entry.endedAt === null,
          entry.durationSeconds,
          entry.routineBlockId !== null,
          entry.occurrenceDate,
          entry.importBatchId !== null,
        ].join(' '),
      )
      .sort();
    expect(kinds).toEqual([
      'import false 5400 false  true',
      'import false 600 false  true',
      'manual false 5400 false  false',
      'manual false 600 true 2026-11-19 false',
      'timer true  false  false',
    ]);
  });

  it('edits, duplicates (same local time, across a DST change) and deletes', async () => {
    // Friday 23 October 2026, 09:00 in Paris (summer time, UTC+2).
    const entry = (
      await manual({ startedAt: '2026-10-23T07:00:00Z', durationSeconds: 3600, note: 'Lot' })
    ).json();
    const moved = await world.call('PATCH', `/time-entries/${entry.id}`, { endedAt: '2026-10-23T06:00:00Z' });
    expect(moved.json()).toMatchObject({ code: 'entry_end_not_after_start', errors: [{ path: 'endedAt' }] });
    const edited = await world.call('PATCH', `/time-entries/${entry.id}`, {
      endedAt: '2026-10-23T08:30:00Z',
      networkKey: 'facebook',
    });
    expect(edited.json()).toMatchObject({ durationSeconds: 5400, networkKey: 'facebook', note: 'Lot' });

    // Monday 26 October is winter time (UTC+1): 09:00 local is 08:00 UTC.
    const copy = await world.call('POST', `/time-entries/${entry.id}/duplicate`, { date: '2026-10-26' });
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({
      startedAt: '2026-10-26T08:00:00.000Z',
      durationSeconds: 5400,
      note: 'Lot',
      networkKey: 'facebook',
      origin: 'manual',
    });
    const sameDay = (await world.call('POST', `/time-entries/${entry.id}/duplicate`, {})).json();
    expect(sameDay.startedAt).toBe('2026-10-23T07:00:00.000Z');
    expect(
      (await world.call('POST', `/time-entries/${entry.id}/duplicate`, { date: '2026-11-30' })).json().code,
    ).toBe('entry_in_future');

    expect((await world.call('DELETE', `/time-entries/${entry.id}`)).statusCode).toBe(204);
    expect((await world.call('DELETE', `/time-entries/${entry.id}`)).statusCode).toBe(404);
    expect((await world.call('GET', '/time-entries')).json().total).toBe(2);
  });

  it('exports CSV with local and UTC times, neutralising cells a spreadsheet would run', async () => {
    await world.call('PATCH', `/categories/${world.categories.analyse}`, { name: '=Mesure' });
    await manual({
      startedAt: '2026-11-20T22:30:00Z',
      durationSeconds: 5400,
      note: '=HYPERLINK("http://evil")',
    });
    await manual({
      categoryId: world.categories.analyse,
      startedAt: '2026-11-19T10:00:00Z',
      durationSeconds: 600,
      note: '+1; "ok"',
    });
    const response = await world.call('GET', '/time-entries/export.csv?locale=en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="cadence-time-entries-.*\.csv"$/,
    );
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'Date,Start,End date,End,Duration,Hours,Category,Network,Member,Note,Origin,Start (UTC),End (UTC)',
    );
    expect(lines[1]).toBe(
      `2026-11-19,11:00:00,2026-11-19,11:10:00,0:10:00,0.17,'=Mesure,,${world.owner.name},"'+1; ""ok""",manual,2026-11-19T10:00:00.000Z,2026-11-19T10:10:00.000Z`,
    );
    expect(lines[2]).toBe(
      `2026-11-20,23:30:00,2026-11-21,01:00:00,1:30:00,1.50,Monitoring / sourcing,,${world.owner.name},"'=HYPERLINK(""http://evil"")",manual,2026-11-20T22:30:00.000Z,2026-11-21T00:00:00.000Z`,
    );
    // In French: ';' (French Excel), a BOM, French headers, values and file name.
    const french = await world.call('GET', '/time-entries/export.csv?locale=fr&to=2026-11-19');
    expect(french.body.startsWith('\uFEFFDate;Début;Date de fin;Fin;Durée;Heures;Catégorie;')).toBe(true);
    expect(french.headers['content-disposition']).toMatch(/filename="cadence-temps-\d{4}-\d{2}-\d{2}\.csv"/);
    const frenchLines = french.body.trim().split('\n');
    expect(frenchLines).toHaveLength(2);
    expect(frenchLines[1]).toContain(';0:10:00;0,17;');
    expect(frenchLines[1]).toContain(';saisie;');

    const json = await world.call('GET', '/time-entries/export.json');
    expect(json.headers['content-disposition']).toContain('.json');
    expect(json.json().timeZone).toBe('Europe/Paris');
    expect(json.json().entries.map((entry: { durationSeconds: number }) => entry.durationSeconds)).toEqual([
      600, 5400,
    ]);
  });

  it('imports a French CSV export back, into another workspace, entry for entry', async () => {
    const manual = (body: object) => world.call('POST', '/time-entries', body);
    await manual({
      categoryId: world.categories.veille,
      startedAt: '2026-11-20T22:30:00Z',
      durationSeconds: 5400,
      note: '=SOMME(A1) « veille » ; du soir',
    });
    await manual({
      categoryId: world.categories.analyse,
      startedAt: '2026-11-19T10:00:00Z',
      durationSeconds: 600,
      note: '',
    });
    const exported = await world.call('GET', '/time-entries/export.csv?locale=fr');
    const text = exported.body;

    const otherId = await createWorkspaceFor(context.app, world.owner, 'Copie');
    const inOther = (path: string, payload: object) =>
      world.call('POST', `/api/workspaces/${otherId}${path}`, payload);
    const preview = (await inOther('/imports/preview', { fileName: 'cadence-temps.csv', text })).json();
    expect(preview).toMatchObject({ format: 'cadence', delimiter: ';', rowCount: 2, errorCount: 0 });
    const committed = await inOther('/imports', {
      fileName: 'cadence-temps.csv',
      text,
      mapping: { ...preview.suggestedMapping, fallbackCategoryId: null },
    });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ inserted: 2, errorCount: 0 });

    const summary = (
      entries: { startedAt: string; durationSeconds: number; note: string; categoryName?: string }[],
    ) =>
      entries
        .map(({ startedAt, durationSeconds, note }) => ({ startedAt, durationSeconds, note }))
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    const original = (await world.call('GET', '/time-entries')).json().entries;
    const copied = (await world.call('GET', `/api/workspaces/${otherId}/time-entries`)).json().entries;
    expect(summary(copied)).toEqual(summary(original));
    // Categories were matched by their French names.
    const categoryKeys = async (workspaceId: string, entries: { categoryId: string }[]) => {
      const categories = (await world.call('GET', `/api/workspaces/${workspaceId}/categories`)).json() as {
        id: string;
        referenceKey: string;
      }[];
      return entries
        .map((entry) => categories.find((category) => category.id === entry.categoryId)?.referenceKey)
        .sort();
    };
    expect(await categoryKeys(otherId, copied)).toEqual(await categoryKeys(world.workspaceId, original));
  });
});
