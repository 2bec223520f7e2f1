import { z } from 'zod';
import { isAcceptableWebhookSecret } from '../core/publishing/webhook-secret.js';
import { isoInstantSchema, uuidSchema } from './common.js';
import { accountLimitsSchema, connectorNetworkSchema } from './connectors.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

/**
 * Connected accounts as the API shows them: what a person recognises and how the account is
 * doing. Never a credential (token, app password, secret), in any answer.
 */

export const connectionHealthStatuses = ['unchecked', 'healthy', 'failing', 'revoked'] as const;
export const connectionHealthStatusSchema = z.enum(connectionHealthStatuses);
export type ConnectionHealthStatus = z.infer<typeof connectionHealthStatusSchema>;

export const connectedAccountSchema = z.object({
  id: uuidSchema,
  network: connectorNetworkSchema,
  accountName: z.string(),
  health: z.object({
    status: connectionHealthStatusSchema,
    /** The network's words when the last check failed (never a credential). */
    message: z.string().nullable(),
    checkedAt: isoInstantSchema.nullable(),
  }),
  limits: accountLimitsSchema,
  limitsReadAt: isoInstantSchema,
  connectedAt: isoInstantSchema,
});
export type ConnectedAccount = z.infer<typeof connectedAccountSchema>;

/** The strictest text limits of a workspace's accounts of one network: the editor counts with them. */
export const networkTextLimitsSchema = z.object({
  network: networkKeySchema,
  maxCharacters: z.number().int().min(1),
  lengthUnit: z.enum(['code_points', 'graphemes']),
  urlLength: z.number().int().min(1).nullable(),
});
export type NetworkTextLimits = z.infer<typeof networkTextLimitsSchema>;

/** An account in trouble while posts are scheduled to its network: warn before, not after. */
export const connectionWarningSchema = z.object({
  accountId: uuidSchema,
  accountName: z.string(),
  network: connectorNetworkSchema,
  status: z.enum(['failing', 'revoked']),
  message: z.string().nullable(),
  scheduledVersions: z.number().int().min(1),
  /** The first of those scheduled posts. */
  nextScheduledAt: isoInstantSchema,
});
export type ConnectionWarning = z.infer<typeof connectionWarningSchema>;

export const connectionsViewSchema = z.object({
  accounts: z.array(connectedAccountSchema),
  textLimits: z.array(networkTextLimitsSchema),
  warnings: z.array(connectionWarningSchema),
});
export type ConnectionsView = z.infer<typeof connectionsViewSchema>;

export const connectionParamsSchema = workspaceParamsSchema.extend({ connectionId: uuidSchema });

export const startMastodonBodySchema = z.object({
  /** What the person types: "mastodon.social", "https://piaille.fr", "@lea@piaille.fr". */
  instance: z.string().trim().min(3).max(253),
});
export type StartMastodonBody = z.infer<typeof startMastodonBodySchema>;
export const startMastodonAnswerSchema = z.object({ authorizationUrl: z.url() });

/** Where the instance sends the person back (`code`, `state`, or `error` when they refused). */
export const mastodonCallbackQuerySchema = z.object({
  code: z.string().min(1).max(2000).optional(),
  state: z.string().min(1).max(200).optional(),
  error: z.string().max(200).optional(),
});

export const connectBlueskyBodySchema = z.object({
  /** "lea.bsky.social" or "@lea.bsky.social", or a custom domain handle. */
  handle: z
    .string()
    .trim()
    .min(3)
    .max(253)
    .transform((handle) => handle.replace(/^@/, '').toLowerCase()),
  /** An app password (Settings → Privacy and security → App passwords), never the main one. */
  appPassword: z.string().trim().min(4).max(200),
});
export type ConnectBlueskyBody = z.infer<typeof connectBlueskyBodySchema>;

export const connectWebhookBodySchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  secret: z.string().max(500).refine(isAcceptableWebhookSecret, {
    error: 'A secret is whsec_ followed by base64 (24 bytes or more), or any text of 24 characters or more',
  }),
});
export type ConnectWebhookBody = z.infer<typeof connectWebhookBodySchema>;
