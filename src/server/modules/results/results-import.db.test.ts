import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../core/results/imports/fixtures/${name}`, import.meta.url), 'utf8');

let context: TestContext;
let owner: TestUser;
let workspaceId: string;

const callIn = (
  user: TestUser,
  workspace: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  payload?: object,
) =>
  as(context.app, user, {
    method,
    url: `/api/workspaces/${workspace}${path}`,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': 'en' },
  });
const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
  callIn(owner, workspaceId, method, path, payload);

const count = async (query: ReturnType<typeof sql>) => {
  const result = await context.database.db.execute(query);
  const rows = (Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as {
    n: number;
  }[];
  return Number(rows[0]?.n);
};

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2025-04-20T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner); // Europe/Paris, EUR
});

/** The March client story, published by hand on LinkedIn with the link copied from the page. */
async function publishedClientStory() {
  await call('PUT', '/strategy/networks', {
    networks: [{ network: 'linkedin', targetPostsPerWeek: 3, priority: 1 }],
  });
  const post = await call('POST', '/posts', {
    text: 'Our March client story: a bakery that doubled its orders with two posts a week',
    versions: [{ network: 'linkedin', text: null }],
  });
  expect(post.statusCode, post.body).toBe(201);
  const postId = post.json().id as string;
  context.clock.set(new Date('2025-03-18T10:00:00Z'));
  const marked = await call('POST', `/posts/${postId}/versions/linkedin/published`, {
    url: 'https://www.linkedin.com/posts/atelier-martin_bakery-activity-7302345678901234567-AbCd',
  });
  expect(marked.statusCode, marked.body).toBe(200);
  context.clock.set(new Date('2025-04-20T09:00:00Z'));
  return postId;
}

const linkedinFile = {
  source: 'linkedin',
  fileName: 'linkedin.csv',
  text: fixture('linkedin-content-en.csv'),
};

describe('post exports of networks without a connector', () => {
  it('previews, imports once, matches the Cadence post by its link and ranks the others as outside Cadence', async () => {
    const postId = await publishedClientStory();
    const preview = await call('POST', '/results/imports/preview', {
      ...linkedinFile,
      preferredDateOrder: 'dmy',
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const read = preview.json();
    expect(read).toMatchObject({
      fileError: null,
      mappingIsSaved: false,
      dateFormat: 'mdy',
      rowCount: 4,
      toImport: 4,
      alreadyImported: 0,
      matched: 1,
      external: 3,
      errorCount: 1,
    });
    expect(read.errors[0]).toMatchObject({ line: 7, code: 'no_figures' });
    expect(read.mapping.columns).toMatchObject({ reactions: 'Likes', publishedAt: 'Created date' });

    const imported = await call('POST', '/results/imports', { ...linkedinFile, mapping: read.mapping });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({
      inserted: 4,
      alreadyImported: 0,
      matched: 1,
      external: 3,
      errorCount: 1,
    });

    // The same file again adds nothing.
    const again = await call('POST', '/results/imports', { ...linkedinFile, mapping: read.mapping });
    expect(again.json()).toMatchObject({ inserted: 0, alreadyImported: 4 });
    expect(
      await count(sql`select count(*)::int as n from post_metric_snapshots where source = 'imported'`),
    ).toBe(4);
    expect(await count(sql`select count(*)::int as n from imported_posts`)).toBe(4);

    // The matched post shows its imported figures on its own page.
    const metrics = (await call('GET', `/posts/${postId}/metrics`)).json();
    expect(metrics.snapshots).toEqual([
      expect.objectContaining({
        network: 'linkedin',
        source: 'imported',
        impressions: 2310,
        reactions: 88,
        engagement: 116,
      }),
    ]);

    // The mapping is kept for the next file of this source.
    const next = (await call('POST', '/results/imports/preview', linkedinFile)).json();
    expect(next).toMatchObject({ mappingIsSaved: true, toImport: 0, alreadyImported: 4 });
  });

  it('records a later export with grown figures as a new reading of the same posts', async () => {
    const mapping = (await call('POST', '/results/imports/preview', linkedinFile)).json().mapping;
    await call('POST', '/results/imports', { ...linkedinFile, mapping });
    const grown = {
      ...linkedinFile,
      text: linkedinFile.text.replace('"1,842",,,57,0.0309,64', '"1,990",,,60,0.0309,70'),
    };
    const result = (await call('POST', '/results/imports', { ...grown, mapping })).json();
    expect(result).toMatchObject({ inserted: 1, alreadyImported: 3 });
    expect(await count(sql`select count(*)::int as n from imported_posts`)).toBe(4);
  });

  it('ranks posts published outside Cadence with their link', async () => {
    for (const [source, name] of [
      ['linkedin', 'linkedin-content-en.csv'],
      ['facebook', 'meta-facebook-posts-en.csv'],
    ] as const) {
      const file = { source, fileName: name, text: fixture(name) };
      const mapping = (await call('POST', '/results/imports/preview', file)).json().mapping;
      expect((await call('POST', '/results/imports', { ...file, mapping })).statusCode).toBe(200);
    }
    const rankings = (await call('GET', '/results/posts?from=2025-03&to=2025-04')).json();
    expect(rankings.measuredPosts).toBe(7);
    expect(rankings.best[0]).toMatchObject({
      postId: null,
      network: 'facebook',
      url: 'https://www.facebook.com/reel/987654321098766',
      engagement: 212,
    });
    expect(rankings.byNetwork.map((group: { key: string }) => group.key).sort()).toEqual([
      'facebook',
      'linkedin',
    ]);
  });

  it('says which column is missing instead of importing, and refuses to commit', async () => {
    const mapping = { columns: { publishedAt: 'Created date', reactions: 'Reactions' } };
    const preview = (await call('POST', '/results/imports/preview', { ...linkedinFile, mapping })).json();
    expect(preview.fileError).toMatchObject({ code: 'column_missing', params: { column: 'Reactions' } });
    const commit = await call('POST', '/results/imports', { ...linkedinFile, mapping });
    expect(commit.statusCode).toBe(422);
    expect(commit.json().code).toBe('results_import_column_missing');
    const empty = await call('POST', '/results/imports/preview', { ...linkedinFile, text: '' });
    expect(empty.json().fileError.code).toBe('empty_file');
  });
});

describe('outcome lists', () => {
  const outcomesFile = { source: 'outcomes', fileName: 'ventes.csv', text: fixture('outcomes-fr.csv') };

  it('imports leads, clients and revenue once, with per-line errors', async () => {
    const preview = (
      await call('POST', '/results/imports/preview', { ...outcomesFile, preferredDateOrder: 'dmy' })
    ).json();
    expect(preview).toMatchObject({ toImport: 5, errorCount: 3, dateFormat: 'dmy' });
    const first = (
      await call('POST', '/results/imports', { ...outcomesFile, mapping: preview.mapping })
    ).json();
    expect(first).toMatchObject({ inserted: 5, alreadyImported: 0, errorCount: 3 });
    const second = (
      await call('POST', '/results/imports', { ...outcomesFile, mapping: preview.mapping })
    ).json();
    expect(second).toMatchObject({ inserted: 0, alreadyImported: 5 });
    const outcomes = (await call('GET', '/outcomes?from=2025-03&to=2025-03')).json();
    expect(outcomes).toHaveLength(5);
    expect(outcomes.every((outcome: { source: string }) => outcome.source === 'import')).toBe(true);
    const client = outcomes.find((outcome: { kind: string }) => outcome.kind === 'client');
    expect(client).toMatchObject({
      amountCents: 120_000,
      currency: 'EUR',
      network: 'linkedin',
      campaign: 'conseils-temps',
    });
  });

  it('keeps each workspace apart: its own mapping, its own keys, and 404 for another workspace', async () => {
    const preview = (await call('POST', '/results/imports/preview', outcomesFile)).json();
    await call('POST', '/results/imports', { ...outcomesFile, mapping: preview.mapping });

    const other = await signUp(context.app);
    const otherWorkspace = await createWorkspaceFor(context.app, other);
    const theirPreview = (
      await callIn(other, otherWorkspace, 'POST', '/results/imports/preview', outcomesFile)
    ).json();
    expect(theirPreview).toMatchObject({ mappingIsSaved: false, toImport: 5, alreadyImported: 0 });
    const intoMine = await callIn(other, workspaceId, 'POST', '/results/imports', {
      ...outcomesFile,
      mapping: preview.mapping,
    });
    expect(intoMine.statusCode).toBe(404);
    const followers = await callIn(other, workspaceId, 'GET', '/results/followers');
    expect(followers.statusCode).toBe(404);
  });
});
