import type { AtpAgent } from '@atproto/api';
import { TestNetworkNoAppView } from '@atproto/dev-env';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlueskyCredentials } from '../../../contracts/connectors.js';
import { createBlueskyConnector } from '../../connectors/bluesky/bluesky-connector.js';
import { systemClock } from '../../platform/clock.js';
import { localFetch, type PublishingWorld, startPublishingWorld } from './testing/publishing-test-world.js';

/**
 * The pipeline to a REAL Bluesky PDS (@atproto/dev-env): the post is read back from the PDS, and
 * a second job for the same publication, or a look-up after an unanswered call, adds nothing.
 */
let world: PublishingWorld;
let network: TestNetworkNoAppView;
let agent: AtpAgent;
let credentials: BlueskyCredentials;

beforeAll(async () => {
  world = await startPublishingWorld();
  network = await TestNetworkNoAppView.create({});
  agent = network.pds.getClient();
  await agent.createAccount({
    handle: 'atelier.test',
    email: 'atelier@example.com',
    password: 'main-password-1',
  });
  const appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'cadence' })).data.password;
  const connector = createBlueskyConnector({
    fetch: localFetch(10_000),
    clock: systemClock,
    identity: {
      useDnsAndWellKnown: false,
      handleResolverUrl: network.pds.url,
      plcDirectoryUrl: network.plc.url,
    },
  });
  if (connector.connection.kind !== 'password') throw new Error('Bluesky connects with a password');
  const connected = await connector.connection.connect({ identifier: 'atelier.test', password: appPassword });
  if (connected.status !== 'connected') throw new Error(JSON.stringify(connected));
  credentials = connected.credentials;
}, 120_000);
afterAll(async () => {
  await world?.close();
  await network?.close();
});

const listPosts = async () =>
  (
    await agent.com.atproto.repo.listRecords({
      repo: credentials.did,
      collection: 'app.bsky.feed.post',
      limit: 100,
    })
  ).data.records;

describe('publishing to a real Bluesky PDS', () => {
  it('publishes at the minute, read back from the PDS, once despite a second job and a look-up', async () => {
    const { owner, workspaceId } = await world.newWorkspace(['bluesky']);
    world.clock.set(new Date('2026-03-20T09:00:00Z'));
    await world.connect(workspaceId, 'bluesky', credentials, 'atelier.test');
    await world.schedulePost(owner, workspaceId, 'Portes ouvertes samedi à l’atelier 🧵', ['bluesky']);
    world.clock.set(new Date('2026-03-20T10:00:00Z'));
    expect(await world.runDue()).toBe(1);
    const [row] = await world.publicationsOf(workspaceId);
    expect(row).toMatchObject({ status: 'published', network: 'bluesky' });
    const records = await listPosts();
    expect(records).toHaveLength(1);
    expect(records[0]?.uri).toBe(row?.remoteId);
    expect(records[0]?.value).toMatchObject({ text: 'Portes ouvertes samedi à l’atelier 🧵' });

    // A second job for the same publication does nothing; a forced look-up finds the record.
    expect(await world.runDue()).toBe(0);
    if (!row) throw new Error('no publication');
    await world.services.publicationsRepository.update(
      world.database.db,
      workspaceId,
      row.id,
      { status: 'unknown', nextAttemptAt: world.clock.now() },
      world.clock.now(),
    );
    // The last try "did not answer": the next one must look before sending.
    await world.database.db.execute(sql`update publication_attempts set outcome = 'unknown'`);
    await world.runDue();
    const [after] = await world.publicationsOf(workspaceId);
    expect(after?.status).toBe('published');
    expect(after?.remoteId).toBe(row.remoteId);
    expect(await listPosts()).toHaveLength(1);
    expect((await world.attemptsOf(row.id)).map((attempt) => attempt.outcome)).toEqual([
      'unknown',
      'looked_up',
    ]);
  }, 60_000);
});
