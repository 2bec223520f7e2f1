import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Post } from '../../../contracts/content.js';
import { calendarExcerptLength, calendarPostSchema } from '../../../contracts/content-calendar.js';
import { serializeResponse } from '../../platform/response-serializer.js';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';

let context: TestContext;
let owner: TestUser;
let workspaceId: string;

const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
  as(context.app, owner, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-10-20T09:00:00Z'));
  owner = await signUp(context.app);
  workspaceId = await createWorkspaceFor(context.app, owner); // Europe/Paris
  await call('PUT', '/strategy/networks', {
    networks: [
      { network: 'linkedin', targetPostsPerWeek: 3, priority: 1 },
      { network: 'bluesky', targetPostsPerWeek: 2, priority: 2 },
    ],
  });
});

type Version = { network: string; text?: string };
async function scheduledPost(
  text: string,
  versions: Version[],
  date: string,
  time: string,
  pillarId?: string,
) {
  const created = await call('POST', '/posts', {
    text,
    versions,
    ...(pillarId ? { pillarId } : {}),
  });
  const scheduled = await call('POST', `/posts/${created.json().id}/schedule`, { date, time });
  expect(scheduled.statusCode).toBe(200);
  return created.json().id as string;
}

/** What the calendar must say of a post: the same as its full view, in fewer fields. */
const asCalendarSees = (post: Post) => ({
  id: post.id,
  excerpt: Array.from(post.text).slice(0, calendarExcerptLength).join(''),
  pillarId: post.pillarId,
  status: post.status,
  scheduledAt: post.scheduledAt,
  versions: post.versions.map(({ network, status, publishedAt }) => ({ network, status, publishedAt })),
});

describe('the editorial calendar', () => {
  it("gives a period's posts in the full view's order and states, each with an excerpt", async () => {
    const pillars = await call('PUT', '/strategy/pillars', {
      pillars: [
        { name: 'Conseils', sharePercent: 60 },
        { name: 'Coulisses', sharePercent: 40 },
      ],
    });
    const [conseils] = pillars.json().pillars.map((pillar: { id: string }) => pillar.id) as string[];
    // Long, with an emoji before the cut: the excerpt counts characters, not UTF-16 units.
    const long = `🥐 ${'Fournée du matin, '.repeat(30)}`;
    const both = await scheduledPost(
      long,
      [{ network: 'linkedin' }, { network: 'bluesky', text: 'La fournée du matin' }],
      '2026-10-24',
      '09:30',
      conseils,
    );
    const byHand = await scheduledPost('À publier', [{ network: 'linkedin' }], '2026-10-21', '08:00');
    const later = await scheduledPost('Après le changement', [{ network: 'bluesky' }], '2026-10-26', '09:30');
    await scheduledPost('Hors période', [{ network: 'linkedin' }], '2026-11-02', '09:00');
    await call('POST', '/posts', { text: 'Brouillon sans date', versions: [{ network: 'linkedin' }] });

    // The by-hand post's time comes, one of its versions is published; the other waits.
    context.clock.set(new Date('2026-10-21T07:00:00Z'));
    await call('POST', `/posts/${byHand}/versions/linkedin/published`, { url: 'https://exemple.fr/1' });
    context.clock.set(new Date('2026-10-25T09:00:00Z'));

    const calendar = await call('GET', '/posts/calendar?from=2026-10-19&to=2026-11-02');
    expect(calendar.statusCode).toBe(200);
    const items = z.array(calendarPostSchema).parse(calendar.json());
    const full = (await call('GET', '/posts?from=2026-10-19&to=2026-11-02')).json() as Post[];
    expect(full.map((post) => post.id)).toEqual([byHand, both, later]);
    expect(items).toEqual(full.map(asCalendarSees));
    expect(items.map((item) => item.status)).toEqual(['published', 'to_publish_by_hand', 'scheduled']);
    expect(items[1]?.excerpt).toHaveLength(calendarExcerptLength + 1); // the emoji is two UTF-16 units
    // 09:30 in Paris after the October change: 08:30 UTC.
    expect(items[2]?.scheduledAt).toBe('2026-10-26T08:30:00.000Z');

    const filtered = async (search: string, period = 'from=2026-10-19&to=2026-11-02') =>
      ((await call('GET', `/posts/calendar?${period}&${search}`)).json() as { id: string }[]).map(
        (item) => item.id,
      );
    expect(await filtered('network=bluesky')).toEqual([both, later]);
    expect(await filtered(`pillarId=${conseils}`)).toEqual([both]);
    expect(await filtered('status=to_publish_by_hand')).toEqual([both]);
    expect(await filtered(`authorUserId=${owner.id}`)).toEqual([byHand, both, later]);
    // The local day's bounds: the 26th starts at 23:00 UTC on the 25th (winter time).
    expect(await filtered('', 'from=2026-10-19&to=2026-10-26')).toEqual([byHand, both]);
    expect(await filtered('', 'from=2026-10-26&to=2026-10-27')).toEqual([later]);
  });

  it('asks for a period and answers a clear 400 without one', async () => {
    for (const search of [
      '',
      '?from=2026-10-19',
      '?from=2026-10-26&to=2026-10-19',
      '?from=2026-13-01&to=2027-01-01',
    ]) {
      const response = await call('GET', `/posts/calendar${search}`);
      expect(response.statusCode, search).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await call('GET', '/posts/calendar?from=2026-10-19&to=2026-10-26')).json()).toEqual([]);
  });

  it("writes the contract's own bytes, for every state and for texts JSON must escape", async () => {
    const pillars = await call('PUT', '/strategy/pillars', {
      pillars: [{ name: 'Conseils', sharePercent: 100 }],
    });
    const [pillarId] = pillars.json().pillars.map((pillar: { id: string }) => pillar.id) as string[];
    const escaped = 'Il a dit "oui" \\ à tous\n\tla suite \u0001 \u2028 </script> 🥐👩‍👩‍👧 e\u0301';
    const quoted = await scheduledPost(
      escaped,
      [{ network: 'linkedin' }, { network: 'bluesky' }],
      '2026-10-21',
      '08:00',
      pillarId,
    );
    const failed = await scheduledPost(
      'Échoué',
      [{ network: 'bluesky' }, { network: 'linkedin' }],
      '2026-10-22',
      '08:00',
    );
    const missed = await scheduledPost('Manqué', [{ network: 'linkedin' }], '2026-10-23', '08:00');
    const bare = await scheduledPost('Sans version', [{ network: 'linkedin' }], '2026-10-27', '08:00');
    const { db } = context.database;
    await db.execute(
      sql`update post_versions set status = 'failed' where post_id = ${failed} and network = 'bluesky'`,
    );
    await db.execute(sql`update post_versions set status = 'missed' where post_id = ${missed}`);
    await db.execute(sql`delete from post_versions where post_id = ${bare}`);
    context.clock.set(new Date('2026-10-22T12:00:00Z'));

    const calendar = await call('GET', '/posts/calendar?from=2026-10-19&to=2026-11-02');
    expect(calendar.headers['content-type']).toBe('application/json; charset=utf-8');
    const answer = JSON.parse(calendar.body);
    const contract = z.array(calendarPostSchema);
    const serialize = serializeResponse({
      schema: contract,
      method: 'GET',
      url: '/',
      httpStatus: '200',
    } as never);
    expect(calendar.body).toBe(serialize(answer));
    expect(calendar.body).toBe(JSON.stringify(contract.parse(answer)));
    const full = (await call('GET', '/posts?from=2026-10-19&to=2026-11-02')).json() as Post[];
    expect(answer).toEqual(full.map(asCalendarSees));
    expect(answer.map((item: { id: string }) => item.id)).toEqual([quoted, failed, missed, bare]);
    expect(answer.map((item: { status: string }) => item.status)).toEqual([
      'to_publish_by_hand',
      'failed',
      'missed',
      'scheduled',
    ]);
    expect(answer[0].excerpt).toBe(escaped);
    expect(answer[3].versions).toEqual([]);
    const withStatus = async (status: string) =>
      (await call('GET', `/posts/calendar?from=2026-10-19&to=2026-11-02&status=${status}`))
        .json()
        .map((item: { id: string }) => item.id);
    expect(await withStatus('failed')).toEqual([failed]);
    expect(await withStatus('missed')).toEqual([missed]);
    expect(await withStatus('scheduled')).toEqual([bare]);
  });
});
