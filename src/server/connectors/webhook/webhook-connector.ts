import {
  type AccountLimits,
  type ConnectorError,
  type PublicationRequest,
  type PublishResult,
  type WebhookCredentials,
  webhookCredentialsSchema,
} from '../../../contracts/connectors.js';
import { checkVersion } from '../../../core/publishing/check-version.js';
import type { Clock } from '../../platform/clock.js';
import type { SafeFetch } from '../../platform/safe-fetch.js';
import { type Connector, guardConnector } from '../connector.js';
import { describeCallFailure, retryAfterSeconds } from '../http-outcome.js';
import { signWebhook } from './signature.js';

/** A webhook takes whatever the person's automation can take: generous, fixed limits. */
export const webhookLimits: AccountLimits = {
  maxCharacters: 100_000,
  lengthUnit: 'code_points',
  urlLength: null,
  maxImages: 4,
  maxImageBytes: 5_000_000,
  imageMimeTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
  maxAltTextLength: 1500,
  maxParts: 25,
};

const answerKeptCharacters = 2000;

/** The JSON a receiver gets. Images travel inline (base64) so the receiver needs nothing else. */
export function webhookPayload(request: Readonly<PublicationRequest>) {
  return {
    type: 'post.publish',
    idempotencyKey: request.idempotencyKey,
    frozenAt: request.frozenAt,
    // Where the post is meant to go (the version's network): the receiver routes on it.
    network: request.network ?? null,
    language: request.language ?? null,
    link: request.link ?? null,
    trackedLinks: request.trackedLinks ?? [],
    parts: request.parts.map((part) => ({
      text: part.text,
      images: part.images.map((image) => ({
        mimeType: image.mimeType,
        altText: image.altText,
        base64: Buffer.from(image.bytes).toString('base64'),
      })),
    })),
  };
}

export type WebhookConnectorDependencies = { fetch: SafeFetch; clock: Clock; timeoutMs?: number };

/**
 * Hands a post to the person's own automation (Zapier, Make, n8n...). The `webhook-id` is the
 * publication's idempotency key, the same on every attempt, so a receiver that follows the
 * convention drops a repeat. A webhook has no read side: `lookUp` cannot know whether a call
 * that timed out arrived, so it answers "not found" and the pipeline sends again with the same id.
 */
export function createWebhookConnector(
  dependencies: WebhookConnectorDependencies,
): Connector<WebhookCredentials> {
  return guardConnector(buildWebhookConnector(dependencies));
}

function buildWebhookConnector(dependencies: WebhookConnectorDependencies): Connector<WebhookCredentials> {
  const { fetch, clock } = dependencies;
  const timeoutMs = dependencies.timeoutMs ?? 15_000;

  async function deliver(credentials: WebhookCredentials, webhookId: string, body: string) {
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    return fetch(credentials.url, {
      method: 'POST',
      body,
      timeoutMs,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Cadence webhooks',
        'webhook-id': webhookId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(credentials.secret, webhookId, timestamp, body),
      },
    });
  }

  /** Maps the receiver's status to what the pipeline should do. */
  async function judgeAnswer(response: Response): Promise<PublishResult> {
    const answer = { status: response.status, body: (await response.text()).slice(0, answerKeptCharacters) };
    const failure = { publishedParts: [] };
    if (response.ok) {
      const given = parseReceiverIds(answer.body);
      return {
        status: 'published',
        remoteId: given.id ?? '',
        url: given.url ?? '',
        publishedAt: clock.now().toISOString(),
        publishedParts: [],
        receiverAnswer: answer,
      };
    }
    const detail = `The receiver answered ${answer.status}: ${answer.body.slice(0, 300)}`;
    if ([401, 403, 404, 410].includes(response.status))
      return { status: 'auth_expired', message: detail, ...failure };
    if (response.status === 429)
      return {
        status: 'rate_limited',
        retryAfterSeconds: retryAfterSeconds(response, clock) ?? 60,
        message: detail,
        ...failure,
      };
    if (response.status === 408 || response.status >= 500)
      return { status: 'transient', message: detail, ...failure };
    return { status: 'rejected', reason: detail, ...failure };
  }

  async function send(
    credentials: WebhookCredentials,
    webhookId: string,
    body: string,
  ): Promise<PublishResult> {
    try {
      return await judgeAnswer(await deliver(credentials, webhookId, body));
    } catch (error) {
      return describeCallFailure(error);
    }
  }

  return {
    network: 'webhook',
    connection: {
      kind: 'endpoint',
      async connect(input) {
        const parsed = webhookCredentialsSchema.safeParse({ network: 'webhook', ...input });
        if (!parsed.success)
          return {
            status: 'refused',
            message: 'A webhook needs an http(s) URL and a secret of at least 24 characters.',
          };
        const ping = await send(
          parsed.data,
          `ping_${clock.now().getTime()}`,
          JSON.stringify({ type: 'ping' }),
        );
        if (ping.status !== 'published') return { status: 'refused', message: pingFailure(ping) };
        return {
          status: 'connected',
          credentials: parsed.data,
          accountName: new URL(parsed.data.url).host,
          remoteAccountId: parsed.data.url,
          limits: webhookLimits,
        };
      },
    },
    readLimits: async () => ({ status: 'read', limits: webhookLimits }),
    checkVersion: (version, limits) => checkVersion(version, { ...limits, unit: limits.lengthUnit }),
    async publish(account, request) {
      const body = JSON.stringify(webhookPayload(request));
      const result = await send(account.credentials, request.idempotencyKey, body);
      if (result.status !== 'published') return result;
      return { ...result, remoteId: result.remoteId || request.idempotencyKey };
    },
    lookUp: async (_account, request) => ({ status: 'looked_up', parts: request.parts.map(() => null) }),
    readMetrics: async () => ({ status: 'read', metrics: [] }),
    readFollowers: async () => ({ status: 'read', followers: null }),
    async checkHealth(account) {
      const ping = await send(
        account.credentials,
        `ping_${clock.now().getTime()}`,
        JSON.stringify({ type: 'ping' }),
      );
      if (ping.status === 'published')
        return { status: 'healthy', accountName: new URL(account.credentials.url).host };
      return ping;
    },
  };
}

function parseReceiverIds(body: string): { id?: string; url?: string } {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null) return {};
    const { id, url } = value as Record<string, unknown>;
    return {
      ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}),
      ...(typeof url === 'string' && /^https?:\/\//.test(url) ? { url } : {}),
    };
  } catch {
    return {};
  }
}

function pingFailure(result: ConnectorError): string {
  return 'reason' in result ? result.reason : result.message;
}
