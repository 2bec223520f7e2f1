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

/**
 * One account mail (a password-reset link, "you already have an account"). Its text carries the
 * reset token, so the whole message travels sealed (AES-GCM).
 */
export const accountMailJobSchema = z.object({
  version: z.literal(1),
  to: z.email(),
  sealedMessage: z.string().min(1),
});
export type AccountMailJob = z.infer<typeof accountMailJobSchema>;

/** The embedded database's nightly VACUUM (ANALYZE): nothing to say but the version. */
export const embeddedMaintenanceJobSchema = z.object({ version: z.literal(1) });
export type EmbeddedMaintenanceJob = z.infer<typeof embeddedMaintenanceJobSchema>;

/** A backup of the embedded database: scheduled daily, or asked for from the Instance page. */
export const instanceBackupJobSchema = z.object({
  version: z.literal(1),
  reason: z.enum(['scheduled', 'requested']).default('scheduled'),
});
export type InstanceBackupJob = z.infer<typeof instanceBackupJobSchema>;
/** The daily health round (scheduled): it queues one `connection-health` job per account. */
export const connectionHealthRoundJobSchema = z.object({ version: z.literal(1) });

/** One connected account's health and limits check. Ids only: the credentials stay sealed. */
export const connectionHealthJobSchema = z.object({
  version: z.literal(1),
  workspaceId: z.uuid(),
  connectionId: z.uuid(),
});
export type ConnectionHealthJob = z.infer<typeof connectionHealthJobSchema>;

/**
 * One publication's try at its minute (or a retry's). The handler reads everything else from the
 * row: a job that runs late, twice or after a change of plan does only what the row says now.
 */
export const publishPublicationJobSchema = z.object({
  version: z.literal(1),
  workspaceId: z.uuid(),
  publicationId: z.uuid(),
});
export type PublishPublicationJob = z.infer<typeof publishPublicationJobSchema>;

/** The minute's sweep of publications whose job is gone or whose worker stopped mid-call. */
export const publishingSweepJobSchema = z.object({ version: z.literal(1) });

/**
 * A post's by-hand versions fall due: the reminder to publish them. `scheduledAt` is the instant
 * the job was sent for; a post moved or unscheduled since no longer matches and the job does nothing.
 */
export const postDueByHandJobSchema = z.object({
  version: z.literal(1),
  workspaceId: z.uuid(),
  postId: z.uuid(),
  scheduledAt: z.iso.datetime({ offset: true }),
});
export type PostDueByHandJob = z.infer<typeof postDueByHandJobSchema>;

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

/** The quarter-hourly look for people whose morning mail is due in their zone. */
export const morningMailCheckJobSchema = z.object({ version: z.literal(1) });
export type MorningMailCheckJob = z.infer<typeof morningMailCheckJobSchema>;

/** One person's morning mail for one local day (in their zone). */
export const morningMailJobSchema = z.object({
  version: z.literal(1),
  userId: z.string().min(1).max(200),
  localDate: z.iso.date(),
});
export type MorningMailJob = z.infer<typeof morningMailJobSchema>;

/** The daily follower round (scheduled): one `followers-read` job per connected account. */
export const followersRoundJobSchema = z.object({ version: z.literal(1) });

/** One connected account's follower count, for one UTC day. */
export const followersReadJobSchema = z.object({
  version: z.literal(1),
  workspaceId: z.uuid(),
  connectionId: z.uuid(),
  day: z.iso.date(),
});
export type FollowersReadJob = z.infer<typeof followersReadJobSchema>;
