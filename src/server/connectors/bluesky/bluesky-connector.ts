import type {
  AccountLimits,
  BlueskyCredentials,
  ConnectorError,
  PostMetrics,
  PublicationRequest,
  PublishedPart,
} from '../../../contracts/connectors.js';
import { checkVersion } from '../../../core/publishing/check-version.js';
import type { Clock } from '../../platform/clock.js';
import type { SafeFetch } from '../../platform/safe-fetch.js';
import { accountInMemory, type Connector, type ConnectorAccount, guardConnector } from '../connector.js';
import { type IdentityOptions, resolveHandle, resolveIdentity } from './identity.js';
import { type BlobRef, buildPostRecord, detectFacets, recordKeyFor } from './post-record.js';
import { createSessionKeeper } from './session.js';
import { createXrpc } from './xrpc.js';

const collection = 'app.bsky.feed.post';
const getPostsBatchSize = 25;

export type BlueskyConnectorDependencies = {
  fetch: SafeFetch;
  clock: Clock;
  identity?: Partial<IdentityOptions>;
  /** 2,000,000 bytes since April 2026; older PDS versions take 1,000,000. */
  maxImageBytes?: number;
  /** Where post links point (the Bluesky web app); posts are named by DID, which never changes. */
  webAppUrl?: string;
  timeoutMs?: number;
};

export function blueskyLimits(maxImageBytes: number): AccountLimits {
  return {
    maxCharacters: 300,
    lengthUnit: 'graphemes',
    urlLength: null,
    maxImages: 4,
    maxImageBytes,
    imageMimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    maxAltTextLength: 2000,
    maxParts: 25,
  };
}

type Account = ConnectorAccount<BlueskyCredentials>;
type RecordFound =
  | { status: 'ours'; part: PublishedPart }
  | { status: 'absent' }
  | { status: 'error'; error: ConnectorError };

/**
 * Bluesky through the account's own PDS (found from the handle). Idempotency comes from the
 * record key: chosen from the frozen publication before the first try, so a repeat either
 * fails (the key is taken) or writes nothing new, and `getRecord` tells which.
 */
export function createBlueskyConnector(
  dependencies: BlueskyConnectorDependencies,
): Connector<BlueskyCredentials> {
  const { fetch, clock } = dependencies;
  const identity: IdentityOptions = {
    plcDirectoryUrl: 'https://plc.directory',
    handleResolverUrl: 'https://bsky.social',
    useDnsAndWellKnown: true,
    ...dependencies.identity,
  };
  const limits = blueskyLimits(dependencies.maxImageBytes ?? 2_000_000);
  const webAppUrl = dependencies.webAppUrl ?? 'https://bsky.app';
  const xrpc = createXrpc(fetch, clock, dependencies.timeoutMs ?? 20_000);
  const withSession = createSessionKeeper(xrpc, clock);

  const postUrl = (did: string, rkey: string) => `${webAppUrl}/profile/${did}/post/${rkey}`;

  /** Is our record at this key? Compared on text and creation time, which only we chose. */
  async function findOurRecord(
    account: Account,
    request: Readonly<PublicationRequest>,
    index: number,
  ): Promise<RecordFound> {
    const { did, pdsUrl } = account.credentials;
    const rkey = recordKeyFor(request, index);
    const answer = await xrpc({
      service: pdsUrl,
      nsid: 'com.atproto.repo.getRecord',
      query: { repo: did, collection, rkey },
    });
    if (!answer.ok)
      return answer.xrpcError === 'RecordNotFound'
        ? { status: 'absent' }
        : { status: 'error', error: answer.error };
    const value = answer.body.value as { text?: unknown; createdAt?: unknown } | undefined;
    const ours =
      value?.text === request.parts[index]?.text &&
      value?.createdAt === new Date(request.frozenAt).toISOString();
    if (!ours)
      return {
        status: 'error',
        error: {
          status: 'rejected',
          reason: `The record key ${rkey} already holds another post.`,
          publishedParts: [],
        },
      };
    return {
      status: 'ours',
      part: { remoteId: String(answer.body.uri), cid: String(answer.body.cid), url: postUrl(did, rkey) },
    };
  }

  async function uploadImages(
    account: Account,
    images: PublicationRequest['parts'][number]['images'],
    parts: PublishedPart[],
  ) {
    const uploaded: { blob: BlobRef; altText: string }[] = [];
    for (const image of images) {
      const answer = await withSession(account, (bearer) =>
        xrpc({
          service: account.credentials.pdsUrl,
          nsid: 'com.atproto.repo.uploadBlob',
          bytes: { data: image.bytes, mimeType: image.mimeType },
          bearer,
          publishedParts: parts,
        }),
      );
      if (!answer.ok) return { ok: false as const, error: { ...answer.error, publishedParts: parts } };
      uploaded.push({ blob: answer.body.blob as BlobRef, altText: image.altText });
    }
    return { ok: true as const, uploaded };
  }

  const connector: Connector<BlueskyCredentials> = {
    network: 'bluesky',
    connection: {
      kind: 'password',
      async connect({ identifier, password }) {
        const found = await resolveIdentity(fetch, identity, identifier);
        if ('error' in found) return { status: 'refused', message: found.error };
        const credentials: BlueskyCredentials = {
          network: 'bluesky',
          ...found,
          appPassword: password,
          session: null,
        };
        const account = accountInMemory(credentials);
        const health = await connector.checkHealth(account);
        if (health.status !== 'healthy')
          return { status: 'refused', message: 'reason' in health ? health.reason : health.message };
        return {
          status: 'connected',
          credentials: account.credentials,
          accountName: health.accountName,
          remoteAccountId: account.credentials.did,
          limits,
        };
      },
    },
    readLimits: async () => ({ status: 'read', limits }),
    checkVersion: (version, accountLimits) =>
      checkVersion(version, { ...accountLimits, unit: accountLimits.lengthUnit }),

    async publish(account, request, options) {
      const parts: PublishedPart[] = [...(options?.resumeFrom ?? [])];
      const refOf = (part: PublishedPart | undefined) => ({
        uri: part?.remoteId ?? '',
        cid: part?.cid ?? '',
      });
      for (let index = parts.length; index < request.parts.length; index += 1) {
        const part = request.parts[index];
        if (!part) break;
        const images = await uploadImages(account, part.images, [...parts]);
        if (!images.ok) return images.error;
        const facets = await detectFacets(
          part.text,
          (handle) => resolveHandle(fetch, identity, handle),
          request.trackedLinks,
        );
        const reply = index === 0 ? null : { root: refOf(parts[0]), parent: refOf(parts[index - 1]) };
        const record = buildPostRecord({ request, partIndex: index, facets, images: images.uploaded, reply });
        const rkey = recordKeyFor(request, index);
        const created = await withSession(account, (bearer) =>
          xrpc({
            service: account.credentials.pdsUrl,
            nsid: 'com.atproto.repo.createRecord',
            json: { repo: account.credentials.did, collection, rkey, record, validate: true },
            bearer,
            isPublishCall: true,
            publishedParts: [...parts],
          }),
        );
        if (created.ok) {
          parts.push({
            remoteId: String(created.body.uri),
            cid: String(created.body.cid),
            url: postUrl(account.credentials.did, rkey),
          });
          continue;
        }
        if (created.error.status === 'auth_expired' || created.error.status === 'rate_limited')
          return created.error;
        // The key may already hold this part (an earlier attempt whose answer was lost): look first.
        const existing = await findOurRecord(account, request, index);
        if (existing.status !== 'ours')
          return existing.status === 'error'
            ? { ...existing.error, publishedParts: [...parts] }
            : created.error;
        parts.push(existing.part);
      }
      const [first] = parts;
      if (!first) return { status: 'rejected', reason: 'Nothing to publish', publishedParts: [] };
      return {
        status: 'published',
        remoteId: first.remoteId,
        url: first.url,
        publishedAt: clock.now().toISOString(),
        publishedParts: parts,
      };
    },

    async lookUp(account, request) {
      const parts: (PublishedPart | null)[] = request.parts.map(() => null);
      for (let index = 0; index < request.parts.length; index += 1) {
        const found = await findOurRecord(account, request, index);
        if (found.status === 'error') return found.error;
        if (found.status === 'absent') break;
        parts[index] = found.part;
      }
      return { status: 'looked_up', parts };
    },

    async readMetrics(account, remoteIds) {
      const metrics: PostMetrics[] = [];
      for (let start = 0; start < remoteIds.length; start += getPostsBatchSize) {
        const uris = remoteIds.slice(start, start + getPostsBatchSize);
        const answer = await withSession(account, (bearer) =>
          xrpc({
            service: account.credentials.pdsUrl,
            nsid: 'app.bsky.feed.getPosts',
            query: { uris: [...uris] },
            bearer,
          }),
        );
        if (!answer.ok) return answer.error;
        for (const post of Array.isArray(answer.body.posts)
          ? (answer.body.posts as Record<string, unknown>[])
          : []) {
          const count = (field: string) => (typeof post[field] === 'number' ? (post[field] as number) : 0);
          metrics.push({
            remoteId: String(post.uri),
            likes: count('likeCount'),
            reposts: count('repostCount'),
            replies: count('replyCount'),
            quotes: count('quoteCount'),
          });
        }
      }
      return { status: 'read', metrics };
    },

    async checkHealth(account) {
      const answer = await withSession(account, (bearer) =>
        xrpc({ service: account.credentials.pdsUrl, nsid: 'com.atproto.server.getSession', bearer }),
      );
      if (!answer.ok) return answer.error;
      return {
        status: 'healthy',
        accountName: `@${String(answer.body.handle ?? account.credentials.handle)}`,
      };
    },
    async readFollowers(account) {
      // An AppView endpoint, reached through the account's PDS like getPosts.
      const answer = await withSession(account, (bearer) =>
        xrpc({
          service: account.credentials.pdsUrl,
          nsid: 'app.bsky.actor.getProfile',
          query: { actor: account.credentials.did },
          bearer,
        }),
      );
      if (!answer.ok) return answer.error;
      const followers = answer.body.followersCount;
      if (typeof followers !== 'number') throw new Error('followersCount is missing');
      return { status: 'read', followers };
    },
  };
  return guardConnector(connector);
}
