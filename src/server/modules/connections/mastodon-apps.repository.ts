import { and, eq } from 'drizzle-orm';
import type { MastodonAppStore } from '../../connectors/mastodon/mastodon-oauth.js';
import type { SecretBox } from '../../platform/crypto.js';
import type { Queryable } from '../../platform/db.js';
import { mastodonApps } from './connections.table.js';

/** Registrations live in the database so every process (web, workers) reuses the same app. */
export function createMastodonAppsRepository(db: Queryable, secretBox: SecretBox): MastodonAppStore {
  return {
    async find(instanceUrl, redirectUri) {
      const [row] = await db
        .select()
        .from(mastodonApps)
        .where(and(eq(mastodonApps.instanceUrl, instanceUrl), eq(mastodonApps.redirectUri, redirectUri)));
      if (!row) return null;
      return {
        instanceUrl: row.instanceUrl,
        redirectUri: row.redirectUri,
        clientId: row.clientId,
        clientSecret: secretBox.open(row.clientSecretSealed),
      };
    },
    async save(app) {
      await db
        .insert(mastodonApps)
        .values({
          instanceUrl: app.instanceUrl,
          redirectUri: app.redirectUri,
          clientId: app.clientId,
          clientSecretSealed: secretBox.seal(app.clientSecret),
        })
        .onConflictDoUpdate({
          target: [mastodonApps.instanceUrl, mastodonApps.redirectUri],
          set: { clientId: app.clientId, clientSecretSealed: secretBox.seal(app.clientSecret) },
        });
    },
  };
}
