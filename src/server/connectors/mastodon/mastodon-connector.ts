import { randomBytes } from 'node:crypto';
import type { MastodonCredentials, PostMetrics } from '../../../contracts/connectors.js';
import { checkVersion } from '../../../core/publishing/check-version.js';
import type { Clock } from '../../platform/clock.js';
import type { SafeFetch } from '../../platform/safe-fetch.js';
import { accountInMemory, type Connector, guardConnector } from '../connector.js';
import { readInstanceLimits } from './instance-limits.js';
import { lookUpThread } from './look-up-thread.js';
import { createMastodonHttp, readString } from './mastodon-http.js';
import {
  authorizationUrl,
  createPkcePair,
  type MastodonAppStore,
  mastodonScopes,
  normaliseInstanceUrl,
  pendingAuthorizationSchema,
} from './mastodon-oauth.js';
import { type MediaPolling, publishThread } from './publish-thread.js';

export type MastodonConnectorDependencies = {
  fetch: SafeFetch;
  clock: Clock;
  apps: MastodonAppStore;
  /** Shown on the instance's consent page and on each status ("via Cadence"). */
  applicationName?: string;
  website?: string;
  timeoutMs?: number;
  mediaPolling?: MediaPolling;
};

/** `GET /api/v1/statuses?id[]=` takes this many ids at once. */
const metricsBatchSize = 20;

function readMetrics(status: unknown): PostMetrics | null {
  if (typeof status !== 'object' || status === null) return null;
  const value = status as Record<string, unknown>;
  const count = (field: string) => (typeof value[field] === 'number' ? (value[field] as number) : 0);
  if (typeof value.id !== 'string') return null;
  return {
    remoteId: value.id,
    likes: count('favourites_count'),
    reposts: count('reblogs_count'),
    replies: count('replies_count'),
    quotes: count('quotes_count'),
  };
}

export function createMastodonConnector(
  dependencies: MastodonConnectorDependencies,
): Connector<MastodonCredentials> {
  const { clock, apps } = dependencies;
  const applicationName = dependencies.applicationName ?? 'Cadence';
  const http = createMastodonHttp(dependencies.fetch, clock, dependencies.timeoutMs ?? 20_000);
  const polling = dependencies.mediaPolling ?? { intervalMs: 1000, maxWaitMs: 120_000 };

  async function findOrRegisterApp(instanceUrl: string, redirectUri: string) {
    const known = await apps.find(instanceUrl, redirectUri);
    if (known) return { ok: true as const, app: known };
    const registered = await http.call({ instanceUrl }, '/api/v1/apps', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_name: applicationName,
        redirect_uris: redirectUri,
        scopes: mastodonScopes,
        ...(dependencies.website ? { website: dependencies.website } : {}),
      }),
    });
    if (!registered.ok)
      return {
        ok: false as const,
        message: 'reason' in registered.error ? registered.error.reason : registered.error.message,
      };
    const app = {
      instanceUrl,
      redirectUri,
      clientId: readString(registered.body, 'client_id'),
      clientSecret: readString(registered.body, 'client_secret'),
    };
    await apps.save(app);
    return { ok: true as const, app };
  }

  const connector: Connector<MastodonCredentials> = {
    network: 'mastodon',
    connection: {
      kind: 'oauth',
      async start({ server, redirectUri }) {
        let instanceUrl: string;
        try {
          instanceUrl = normaliseInstanceUrl(server);
        } catch {
          return {
            status: 'refused',
            message: 'This is not the address of a Mastodon server (for example mastodon.social).',
          };
        }
        const found = await findOrRegisterApp(instanceUrl, redirectUri);
        if (!found.ok)
          return {
            status: 'refused',
            message: `Cadence could not register on ${instanceUrl}: ${found.message}`,
          };
        const pkce = createPkcePair();
        const state = randomBytes(16).toString('base64url');
        const pending = {
          instanceUrl,
          clientId: found.app.clientId,
          clientSecret: found.app.clientSecret,
          codeVerifier: pkce.verifier,
          state,
        };
        return {
          status: 'started',
          authorizationUrl: authorizationUrl({
            instanceUrl,
            clientId: found.app.clientId,
            redirectUri,
            state,
            codeChallenge: pkce.challenge,
          }),
          state,
          pending: JSON.stringify(pending),
        };
      },
      async finish({ pending: pendingText, code, state, redirectUri }) {
        const pending = pendingAuthorizationSchema.parse(JSON.parse(pendingText));
        if (state !== pending.state)
          return { status: 'refused', message: 'The answer does not belong to this connection attempt.' };
        const token = await http.call({ instanceUrl: pending.instanceUrl }, '/oauth/token', {
          method: 'POST',
          body: new URLSearchParams({
            grant_type: 'authorization_code',
            code,
            client_id: pending.clientId,
            client_secret: pending.clientSecret,
            redirect_uri: redirectUri,
            code_verifier: pending.codeVerifier,
            scope: mastodonScopes,
          }),
        });
        if (!token.ok)
          return {
            status: 'refused',
            message: 'reason' in token.error ? token.error.reason : token.error.message,
          };
        const accessToken = readString(token.body, 'access_token');
        const me = await http.call(
          { instanceUrl: pending.instanceUrl, accessToken },
          '/api/v1/accounts/verify_credentials',
        );
        if (!me.ok)
          return { status: 'refused', message: 'reason' in me.error ? me.error.reason : me.error.message };
        const credentials: MastodonCredentials = {
          network: 'mastodon',
          instanceUrl: pending.instanceUrl,
          accountId: readString(me.body, 'id'),
          accessToken,
        };
        const limits = await connector.readLimits(accountInMemory(credentials));
        if (limits.status !== 'read')
          return { status: 'refused', message: 'The instance did not give its limits.' };
        const accountName = `@${readString(me.body, 'acct')}@${new URL(pending.instanceUrl).host}`;
        return {
          status: 'connected',
          credentials,
          accountName,
          remoteAccountId: `${credentials.instanceUrl}/${credentials.accountId}`,
          limits: limits.limits,
        };
      },
    },
    async readLimits({ credentials }) {
      const answer = await http.call({ instanceUrl: credentials.instanceUrl }, '/api/v2/instance');
      if (!answer.ok) return answer.error;
      return { status: 'read', limits: readInstanceLimits(answer.body) };
    },
    checkVersion: (version, limits) => checkVersion(version, { ...limits, unit: limits.lengthUnit }),
    publish: (account, request, options) =>
      publishThread({
        http,
        clock,
        credentials: account.credentials,
        request,
        resumeFrom: options?.resumeFrom ?? [],
        polling,
      }),
    lookUp: (account, request) =>
      lookUpThread({ http, credentials: account.credentials, request, applicationName }),
    async readMetrics({ credentials }, remoteIds) {
      const metrics: PostMetrics[] = [];
      for (let start = 0; start < remoteIds.length; start += metricsBatchSize) {
        const query = new URLSearchParams();
        for (const id of remoteIds.slice(start, start + metricsBatchSize)) query.append('id[]', id);
        const answer = await http.call(credentials, `/api/v1/statuses?${query}`);
        if (!answer.ok) return answer.error;
        for (const status of Array.isArray(answer.body) ? answer.body : []) {
          const read = readMetrics(status);
          if (read) metrics.push(read);
        }
      }
      return { status: 'read', metrics };
    },
    async checkHealth({ credentials }) {
      const me = await http.call(credentials, '/api/v1/accounts/verify_credentials');
      if (!me.ok) return me.error;
      return {
        status: 'healthy',
        accountName: `@${readString(me.body, 'acct')}@${new URL(credentials.instanceUrl).host}`,
      };
    },
    async readFollowers({ credentials }) {
      const me = await http.call(credentials, '/api/v1/accounts/verify_credentials');
      if (!me.ok) return me.error;
      const followers = (me.body as Record<string, unknown>).followers_count;
      if (typeof followers !== 'number') throw new Error('followers_count is missing');
      return { status: 'read', followers };
    },
  };
  return guardConnector(connector);
}
