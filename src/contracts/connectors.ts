import { z } from 'zod';
import { isoInstantSchema } from './common.js';

/**
 * What a connector sees. Connectors never see database rows: the publishing pipeline freezes a
 * publication into a `PublicationRequest` before the first call and hands the same request to
 * every attempt, so each retry sends exactly what the first try sent.
 */

export const connectorNetworks = ['mastodon', 'bluesky', 'webhook'] as const;
export const connectorNetworkSchema = z.enum(connectorNetworks);
export type ConnectorNetwork = z.infer<typeof connectorNetworkSchema>;

export const imageSchema = z.object({
  bytes: z.instanceof(Uint8Array),
  mimeType: z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp']),
  /** Alternative text for people who cannot see the image; empty means "none given". */
  altText: z.string().max(1500),
});
export type PublicationImage = z.infer<typeof imageSchema>;

export const publicationPartSchema = z.object({
  text: z.string(),
  images: z.array(imageSchema).default([]),
});
export type PublicationPart = z.infer<typeof publicationPartSchema>;

export const publicationLinkSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  /** Shown on link cards (Bluesky); taken from the post, never fetched at publish time. */
  title: z.string().max(300).default(''),
  description: z.string().max(1000).default(''),
});

export const publicationRequestSchema = z.object({
  /** Stable across every attempt of this publication: it is what makes a retry harmless. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  /**
   * The instant the publication was frozen (its attempt row written), before the first call.
   * Bluesky uses it as the post's `createdAt` and record-key time; look-ups search from it on.
   */
  frozenAt: isoInstantSchema,
  /** The parts of a thread, in order; a single post has one part. */
  parts: z.array(publicationPartSchema).min(1).max(25),
  link: publicationLinkSchema.optional(),
  /**
   * Links of the texts tagged with UTM parameters where the text itself keeps them as written
   * (core/results/tracked-publication): Bluesky's link facets point to `tagged`.
   */
  trackedLinks: z
    .array(z.object({ url: z.string(), tagged: z.string() }))
    .max(200)
    .optional(),
  /**
   * The network the version was written for (`linkedin`, `mastodon`…): a webhook tells its
   * receiver where the post is meant to go. Absent in requests frozen before it existed.
   */
  network: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/)
    .optional(),
  /** ISO 639-1 code of the text's language, when known. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
});
export type PublicationRequest = z.infer<typeof publicationRequestSchema>;

/** One published part of a thread. `cid` is the content hash for networks that address by it. */
export const publishedPartSchema = z.object({
  remoteId: z.string().min(1),
  url: z.string(),
  cid: z.string().optional(),
});
export type PublishedPart = z.infer<typeof publishedPartSchema>;

/** The parts already out, in order: a failed part stops the rest, the next attempt resumes after them. */
const partsDone = { publishedParts: z.array(publishedPartSchema) };

export const publishedResultSchema = z.object({
  status: z.literal('published'),
  remoteId: z.string(),
  url: z.string(),
  publishedAt: isoInstantSchema,
  ...partsDone,
  /** What the receiver answered (webhooks), kept for the person to read. */
  receiverAnswer: z.object({ status: z.number().int(), body: z.string() }).optional(),
});

/** Errors a connector can answer, each telling the pipeline what to do next. */
export const connectorErrorSchema = z.discriminatedUnion('status', [
  /** The credentials were revoked or expired: the person must reconnect; no retry. */
  z.object({ status: z.literal('auth_expired'), message: z.string(), ...partsDone }),
  /** Too many calls: retry after that many seconds, not before. */
  z.object({
    status: z.literal('rate_limited'),
    retryAfterSeconds: z.number().int().min(0),
    message: z.string(),
    ...partsDone,
  }),
  /** The network refused the content itself (too long, bad image): retrying cannot help. */
  z.object({ status: z.literal('rejected'), reason: z.string(), ...partsDone }),
  /** Nothing was sent, or what was sent was refused before it took effect: safe to retry. */
  z.object({ status: z.literal('transient'), message: z.string(), ...partsDone }),
  /** The call went out and no answer came back: look the publication up before any retry. */
  z.object({ status: z.literal('unknown'), message: z.string(), ...partsDone }),
]);
export type ConnectorError = z.infer<typeof connectorErrorSchema>;

export const publishResultSchema = z.union([publishedResultSchema, connectorErrorSchema]);
export type PublishResult = z.infer<typeof publishResultSchema>;
export type PublishedResult = z.infer<typeof publishedResultSchema>;

/** A look-up finds each part (or null): all found means published; some found means resume. */
export type LookUpResult = { status: 'looked_up'; parts: (PublishedPart | null)[] } | ConnectorError;

export const postMetricsSchema = z.object({
  remoteId: z.string(),
  likes: z.number().int().min(0),
  reposts: z.number().int().min(0),
  replies: z.number().int().min(0),
  quotes: z.number().int().min(0),
});
export type PostMetrics = z.infer<typeof postMetricsSchema>;
/** Posts the network no longer has (deleted) are simply absent from `metrics`. */
export type MetricsResult = { status: 'read'; metrics: PostMetrics[] } | ConnectorError;

/** The account's follower count now; null for a network that has none (a webhook). */
export type FollowersResult = { status: 'read'; followers: number | null } | ConnectorError;

export type HealthResult = { status: 'healthy'; accountName: string } | ConnectorError;

/**
 * What the account allows, read from the network (Mastodon instances differ) or known (Bluesky).
 * `lengthUnit` says how text is counted; `urlLength` is the fixed length a link counts for, or
 * null when links count as written.
 */
export const accountLimitsSchema = z.object({
  maxCharacters: z.number().int().min(1),
  lengthUnit: z.enum(['code_points', 'graphemes']),
  urlLength: z.number().int().min(1).nullable(),
  maxImages: z.number().int().min(0),
  maxImageBytes: z.number().int().min(1),
  imageMimeTypes: z.array(z.string()),
  maxAltTextLength: z.number().int().min(0),
  maxParts: z.number().int().min(1),
});
export type AccountLimits = z.infer<typeof accountLimitsSchema>;
export type LimitsResult = { status: 'read'; limits: AccountLimits } | ConnectorError;

/** One reason a version does not fit an account (computed in src/core/publishing). */
export type { VersionIssue } from '../core/publishing/check-version.js';

// Credentials: what is sealed at rest for each connected account (never logged, never answered).

export const mastodonCredentialsSchema = z.object({
  network: z.literal('mastodon'),
  instanceUrl: z.url({ protocol: /^https?$/ }),
  accountId: z.string().min(1),
  accessToken: z.string().min(1),
});
export const blueskySessionSchema = z.object({ accessJwt: z.string(), refreshJwt: z.string() });
export const blueskyCredentialsSchema = z.object({
  network: z.literal('bluesky'),
  handle: z.string().min(1),
  did: z.string().startsWith('did:'),
  pdsUrl: z.url({ protocol: /^https?$/ }),
  appPassword: z.string().min(1),
  /** Kept and refreshed: logins are limited (30 per 5 min), so never one per post. */
  session: blueskySessionSchema.nullable(),
});
export const webhookCredentialsSchema = z.object({
  network: z.literal('webhook'),
  url: z.url({ protocol: /^https?$/ }),
  /** Standard Webhooks secret: `whsec_` followed by base64, or any string of 24+ characters. */
  secret: z.string().min(24),
});
export const connectorCredentialsSchema = z.discriminatedUnion('network', [
  mastodonCredentialsSchema,
  blueskyCredentialsSchema,
  webhookCredentialsSchema,
]);
export type MastodonCredentials = z.infer<typeof mastodonCredentialsSchema>;
export type BlueskyCredentials = z.infer<typeof blueskyCredentialsSchema>;
export type WebhookCredentials = z.infer<typeof webhookCredentialsSchema>;
export type ConnectorCredentials = z.infer<typeof connectorCredentialsSchema>;

/** Deep-freezes a parsed request so no code path can change what every attempt sends. */
export function freezePublicationRequest(input: unknown): Readonly<PublicationRequest> {
  const request = publicationRequestSchema.parse(input);
  for (const part of request.parts) {
    for (const image of part.images) Object.freeze(image);
    Object.freeze(part.images);
    Object.freeze(part);
  }
  Object.freeze(request.parts);
  if (request.link) Object.freeze(request.link);
  return Object.freeze(request);
}
