import { z } from 'zod';

/**
 * Job payloads, one schema per queue. Every payload carries its `version`: a job written by an
 * older Cadence may wait in the queue across an upgrade, so a new shape is a new version beside
 * the old one (`z.discriminatedUnion('version', [v1, v2])`), and the handler reads both until the
 * old jobs are gone (the queue's retention). A payload is never changed in place.
 */

/** One invitation's mail. The link carries the token, so it travels sealed (AES-GCM). */
export const invitationMailJobSchema = z.object({
  version: z.literal(1),
  invitationId: z.uuid(),
  to: z.email(),
  inviterName: z.string().min(1).max(200),
  workspaceName: z.string().min(1).max(200),
  sealedLink: z.string().min(1),
});
export type InvitationMailJob = z.infer<typeof invitationMailJobSchema>;

/** The embedded database's nightly VACUUM (ANALYZE): nothing to say but the version. */
export const embeddedMaintenanceJobSchema = z.object({ version: z.literal(1) });
export type EmbeddedMaintenanceJob = z.infer<typeof embeddedMaintenanceJobSchema>;

/**
 * One reading of a published post's figures from its network. `pullIndex` is the reading's place
 * in the schedule (1 h, 24 h, 7 days, 30 days after publication, then monthly for a year): each
 * reading schedules the next, so at most one job per publication waits at a time.
 */
export const metricsPullJobSchema = z.object({
  version: z.literal(1),
  workspaceId: z.uuid(),
  publicationId: z.uuid(),
  pullIndex: z.number().int().min(0).max(100),
});
export type MetricsPullJob = z.infer<typeof metricsPullJobSchema>;
