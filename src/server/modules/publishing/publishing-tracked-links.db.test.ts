import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { as, type TestUser } from '../../testing/test-app.js';
import { posts } from '../content/content.table.js';
import { type PublishingWorld, startPublishingWorld } from './testing/publishing-test-world.js';

/** Tracked links are applied in the request frozen at publish time, never in the draft. */
let world: PublishingWorld;
let owner: TestUser;
let workspaceId: string;
const dueAt = new Date('2026-03-20T10:00:00Z');
const draft = 'Inscriptions ouvertes : https://exemple.fr/ateliers?jour=samedi#haut. À bientôt !';

beforeAll(async () => {
  world = await startPublishingWorld();
}, 60_000);
afterAll(() => world.close());
beforeEach(async () => {
  await world.reset();
  world.clock.set(new Date('2026-03-20T09:00:00Z'));
  ({ owner, workspaceId } = await world.newWorkspace());
  await world.connectMastodon(workspaceId);
});

describe('tracked links at publish', () => {
  it('publishes the tagged link with the post’s short id, and leaves the draft as written', async () => {
    const postId = await world.schedulePost(owner, workspaceId, draft, ['mastodon']);
    world.clock.set(dueAt);
    expect(await world.runDue()).toBe(1);
    const utm = `utm_source=mastodon&utm_medium=social&utm_content=${postId.slice(0, 8)}`;
    expect(world.ours().map((status) => status.text)).toEqual([
      `Inscriptions ouvertes : https://exemple.fr/ateliers?jour=samedi&${utm}#haut. À bientôt !`,
    ]);
    const [post] = await world.database.db.select().from(posts).where(eq(posts.id, postId));
    expect(post?.text).toBe(draft);
    const [row] = await world.publicationsOf(workspaceId);
    expect(row?.request?.parts[0]?.text).toContain(utm);
  });

  it('a retry after an unanswered call finds the tagged status, and never posts twice', async () => {
    await world.schedulePost(owner, workspaceId, draft, ['mastodon']);
    world.clock.set(dueAt);
    world.mastodon.inject({ on: 'POST /api/v1/statuses', kind: 'error_after', status: 503 });
    await world.runDue();
    let [row] = await world.publicationsOf(workspaceId);
    expect(row?.status).toBe('unknown');
    world.clock.set(row?.nextAttemptAt ?? dueAt);
    await world.runDue();
    [row] = await world.publicationsOf(workspaceId);
    expect(row?.status).toBe('published');
    expect(world.ours()).toHaveLength(1);
  });

  it('publishes the link as written when the workspace turned tracking off', async () => {
    const settings = await as(world.app, owner, {
      method: 'PUT',
      url: `/api/workspaces/${workspaceId}/results/settings`,
      payload: { trackLinks: false },
    });
    expect(settings.statusCode).toBe(200);
    await world.schedulePost(owner, workspaceId, draft, ['mastodon']);
    world.clock.set(dueAt);
    await world.runDue();
    expect(world.ours().map((status) => status.text)).toEqual([draft]);
  });
});
