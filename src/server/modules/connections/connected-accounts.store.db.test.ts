import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccountLimits } from '../../../contracts/connectors.js';
import {
  cadenceOf,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
} from '../../testing/test-app.js';

let context: TestContext;
const limits: AccountLimits = {
  maxCharacters: 500,
  lengthUnit: 'code_points',
  urlLength: 23,
  maxImages: 4,
  maxImageBytes: 16_000_000,
  imageMimeTypes: ['image/jpeg'],
  maxAltTextLength: 1500,
  maxParts: 25,
};
const credentials = {
  network: 'mastodon' as const,
  instanceUrl: 'https://piaille.example',
  accountId: '42',
  accessToken: 'token-that-must-never-be-stored-in-clear',
};

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());
beforeEach(() => context.reset());

describe('connected accounts store', () => {
  it('seals credentials at rest, opens them only for the owning workspace, and renews on reconnect', async () => {
    const owner = await signUp(context.app);
    const workspaceId = await createWorkspaceFor(context.app, owner);
    const otherWorkspaceId = await createWorkspaceFor(context.app, owner, 'Other');
    const { connectedAccountsStore } = cadenceOf(context.app).modules.connections.services;
    const account = {
      workspaceId,
      network: 'mastodon' as const,
      accountName: '@lea@piaille.example',
      remoteAccountId: '42',
      credentials,
      limits,
      connectedByUserId: null,
    };

    const { id } = await connectedAccountsStore.save(account);
    const stored = await context.database.db.execute(sql`select credentials_sealed from connected_accounts`);
    expect(JSON.stringify(stored)).not.toContain(credentials.accessToken);

    const opened = await connectedAccountsStore.open(workspaceId, id);
    expect(opened?.credentials).toEqual(credentials);
    expect(await connectedAccountsStore.open(otherWorkspaceId, id)).toBeNull();

    await opened?.renewCredentials(async (stored) => ({
      keep: { ...stored, accessToken: 'renewed-token' } as typeof credentials,
      result: null,
    }));
    expect((await connectedAccountsStore.open(workspaceId, id))?.credentials).toMatchObject({
      accessToken: 'renewed-token',
    });

    const again = await connectedAccountsStore.save({
      ...account,
      credentials: { ...credentials, accessToken: 'third' },
    });
    expect(again.id).toBe(id);
  });
});
