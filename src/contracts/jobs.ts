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

/** One notification's mail: everything else is read when it is sent (it may have been read since). */
export const notificationMailJobSchema = z.object({ version: z.literal(1), notificationId: z.uuid() });
export type NotificationMailJob = z.infer<typeof notificationMailJobSchema>;

/** The daily look for coming silences, over every workspace with a posting target. */
export const regularityCheckJobSchema = z.object({ version: z.literal(1) });
export type RegularityCheckJob = z.infer<typeof regularityCheckJobSchema>;

/** The quarter-hourly look for timers left running past their workspace's limit. */
export const forgottenTimerCheckJobSchema = z.object({ version: z.literal(1) });
export type ForgottenTimerCheckJob = z.infer<typeof forgottenTimerCheckJobSchema>;

/** The hourly look for people whose Friday digest is due in their zone. */
export const weeklyDigestCheckJobSchema = z.object({ version: z.literal(1) });
export type WeeklyDigestCheckJob = z.infer<typeof weeklyDigestCheckJobSchema>;

/** One person's Friday digest for one week (its Monday, in their zone). */
export const digestMailJobSchema = z.object({
  version: z.literal(1),
  userId: z.string().min(1).max(200),
  weekStart: z.iso.date(),
});
export type DigestMailJob = z.infer<typeof digestMailJobSchema>;
