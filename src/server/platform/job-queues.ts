import {
  accountMailJobSchema,
  connectionHealthJobSchema,
  connectionHealthRoundJobSchema,
  digestMailJobSchema,
  embeddedMaintenanceJobSchema,
  followersReadJobSchema,
  followersRoundJobSchema,
  forgottenTimerCheckJobSchema,
  instanceBackupJobSchema,
  invitationMailJobSchema,
  metricsPullJobSchema,
  morningMailCheckJobSchema,
  morningMailJobSchema,
  notificationMailJobSchema,
  postDueByHandJobSchema,
  publishingSweepJobSchema,
  publishPublicationJobSchema,
  regularityCheckJobSchema,
  weeklyDigestCheckJobSchema,
} from '../../contracts/jobs.js';
import type { Jobs, QueueDefinition, QueuePolicy } from './jobs.js';

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * A mail's patience: 9 tries over about 4 hours while SMTP is down (30 s, 1 min, 2 min…
 * doubling, at most 1 h apart), each cut after 5 min.
 */
const mailPolicy: QueuePolicy = {
  retryLimit: 8,
  retryDelaySeconds: 30,
  retryBackoff: true,
  retryDelayMaxSeconds: hour,
  expireInSeconds: 5 * minute,
  heartbeatSeconds: 30,
  retentionSeconds: 2 * day,
  deleteAfterSeconds: 7 * day,
  batchSize: 5,
  localConcurrency: 1,
};

/**
 * Every queue of Cadence with its payload schema and its policy, in one place. A job that has
 * used all its tries goes to the dead-letter queue (30 days), where the Instance page shows it
 * with its error and an administrator retries or discards it.
 */
export const cadenceQueues = {
  /**
   * One invitation's mail. A slow or down SMTP server must never fail the invitation: the link is
   * shown to the inviter at once, and the mail is tried 9 times over about 4 hours (30 s, 1 min,
   * 2 min… doubling, at most 1 h apart), within the link's 7-day life. A try is cut after 5 min.
   */
  'invitation-mail': {
    payload: invitationMailJobSchema,
    policy: { ...mailPolicy, retentionSeconds: 7 * day },
  },
  /**
   * One account mail (password reset, existing-account notice): sent by a job so the request
   * neither waits on SMTP nor takes longer for a registered address than for an unknown one.
   * Tried 6 times over about 15 minutes, well within the reset link's hour.
   */
  'account-mail': {
    payload: accountMailJobSchema,
    policy: {
      retryLimit: 5,
      retryDelaySeconds: 30,
      retryBackoff: true,
      retryDelayMaxSeconds: 10 * minute,
      expireInSeconds: 2 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: hour,
      deleteAfterSeconds: day,
      batchSize: 5,
      localConcurrency: 1,
    },
  },
  /**
   * The embedded database's nightly VACUUM (ANALYZE). It holds PGlite's one connection (a few
   * seconds on a million entries; pg-boss's own heartbeats wait behind it), hence a heartbeat as
   * long as its expiry. Tried twice more 10 min apart; a day's miss is caught up the next night.
   */
  'embedded-maintenance': {
    payload: embeddedMaintenanceJobSchema,
    policy: {
      retryLimit: 2,
      retryDelaySeconds: 10 * minute,
      retryBackoff: false,
      expireInSeconds: hour,
      heartbeatSeconds: hour,
      retentionSeconds: day,
      deleteAfterSeconds: 7 * day,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /**
   * One publication's try. The pipeline retries by sending a new job for the new moment (backoff,
   * Retry-After), so pg-boss's own retries only cover a handler that threw (database down): two,
   * 10 s apart. The row's lease, not the job, guards against two calls at once; a worker killed
   * mid-call hands the job back through its 30 s heartbeat, and the sweeper takes the row back
   * once its lease ends (looking the publication up first).
   */
  'publish-publication': {
    payload: publishPublicationJobSchema,
    policy: {
      retryLimit: 2,
      retryDelaySeconds: 10,
      retryBackoff: false,
      expireInSeconds: 10 * minute,
      heartbeatSeconds: 30,
      // Counted from the job's start time: a post scheduled months ahead keeps its job.
      retentionSeconds: day,
      deleteAfterSeconds: day,
      // 100 tries in flight per worker, from two fetch loops (each loop polls the database).
      batchSize: 50,
      localConcurrency: 2,
    },
  },
  /** Every minute and at each worker start: publications whose job is gone or whose lease ended. */
  'publishing-sweep': {
    payload: publishingSweepJobSchema,
    policy: {
      retryLimit: 0,
      retryDelaySeconds: 0,
      retryBackoff: false,
      expireInSeconds: 5 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: 10 * minute,
      deleteAfterSeconds: hour,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /**
   * The daily round that queues one health check per connected account: quick (one query and
   * the sends), tried twice more 5 min apart; a day's miss is caught up the next day.
   */
  'connection-health-round': {
    payload: connectionHealthRoundJobSchema,
    policy: {
      retryLimit: 2,
      retryDelaySeconds: 5 * minute,
      retryBackoff: false,
      expireInSeconds: 10 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: day,
      deleteAfterSeconds: 7 * day,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /**
   * One account's health and limits check. The check itself records a failing network as the
   * account's health (that is its result, not a job failure); the job fails only when Cadence
   * could not record it (database down), and is then tried 3 more times over ~30 min.
   * Each call to the network is cut after 20 s, so a try ends well within 2 min.
   */
  'connection-health': {
    payload: connectionHealthJobSchema,
    policy: {
      retryLimit: 3,
      retryDelaySeconds: 2 * minute,
      retryBackoff: true,
      retryDelayMaxSeconds: 15 * minute,
      expireInSeconds: 2 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: day,
      deleteAfterSeconds: 7 * day,
      batchSize: 5,
      localConcurrency: 1,
    },
  },
  /**
   * A backup of the embedded database (daily, or asked for by an administrator). Like the
   * maintenance it holds PGlite's connection while the files are copied; tried twice more 15 min
   * apart, and a failure stays on the Instance page until a backup succeeds.
   */
  'instance-backup': {
    payload: instanceBackupJobSchema,
    policy: {
      retryLimit: 2,
      retryDelaySeconds: 15 * minute,
      retryBackoff: false,
      expireInSeconds: hour,
      heartbeatSeconds: hour,
      retentionSeconds: day,
      deleteAfterSeconds: 7 * day,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /**
   * The reminder that a post's by-hand versions are due (sent with the scheduling, for its
   * minute). What it calls only reads and notifies, so 3 tries a minute apart are plenty; kept a
   * day, since a reminder is stale once the moment is long gone.
   */
  'post-due-by-hand': {
    payload: postDueByHandJobSchema,
    policy: {
      retryLimit: 3,
      retryDelaySeconds: minute,
      retryBackoff: false,
      expireInSeconds: 5 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: day,
      deleteAfterSeconds: 7 * day,
      batchSize: 10,
      localConcurrency: 1,
    },
  },
  /**
   * One reading of a published post's figures (modules/results/metric-pulls.ts). A network that
   * is down or limits the rate is tried 5 more times over about 2 hours; a reading missed for
   * good is only a gap in the history: the last try schedules the next reading anyway. Each job
   * waits at most a month before it runs, hence a retention of 35 days.
   */
  /** The daily follower round: lists the accounts and queues one reading each (keyed on the day). */
  'followers-round': {
    payload: followersRoundJobSchema,
    policy: {
      retryLimit: 2,
      retryDelaySeconds: 5 * minute,
      retryBackoff: false,
      expireInSeconds: 10 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: day,
      deleteAfterSeconds: 7 * day,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /**
   * One account's follower count. A day missed is a gap in the history, not an error: a few
   * tries over about an hour, then the next day's round reads it again.
   */
  'followers-read': {
    payload: followersReadJobSchema,
    policy: {
      retryLimit: 3,
      retryDelaySeconds: 5 * minute,
      retryBackoff: true,
      retryDelayMaxSeconds: 30 * minute,
      expireInSeconds: 2 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: day,
      deleteAfterSeconds: 7 * day,
      batchSize: 5,
      localConcurrency: 1,
    },
  },
  'metrics-pull': {
    payload: metricsPullJobSchema,
    policy: {
      retryLimit: 5,
      retryDelaySeconds: 5 * minute,
      retryBackoff: true,
      retryDelayMaxSeconds: 2 * hour,
      expireInSeconds: 2 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: 35 * day,
      deleteAfterSeconds: 7 * day,
      batchSize: 5,
      localConcurrency: 1,
    },
  },
  /**
   * One notification's mail (a reminder, a failure, a coming silence). Same patience as the
   * invitation's: 9 tries over about 4 hours while SMTP is down; the handler checks the row was
   * not mailed (nor read) already, so a retry after a crash never sends it twice.
   */
  'notification-mail': {
    payload: notificationMailJobSchema,
    policy: mailPolicy,
  },
  /**
   * Each morning, every workspace's networks are checked for a coming silence; a day missed is
   * caught up by the next run (the notification is keyed on the silence's first day).
   */
  'regularity-check': {
    payload: regularityCheckJobSchema,
    policy: {
      retryLimit: 2,
      retryDelaySeconds: 10 * minute,
      retryBackoff: false,
      expireInSeconds: 30 * minute,
      heartbeatSeconds: 60,
      retentionSeconds: day,
      deleteAfterSeconds: 7 * day,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /** Every quarter of an hour: timers left running past their limit tell their owner, once each. */
  'forgotten-timer-check': {
    payload: forgottenTimerCheckJobSchema,
    policy: {
      retryLimit: 1,
      retryDelaySeconds: minute,
      retryBackoff: false,
      expireInSeconds: 10 * minute,
      heartbeatSeconds: 60,
      retentionSeconds: hour,
      deleteAfterSeconds: day,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /** Every hour: people whose Friday 16:00 has come in their zone get their digest queued, once a week. */
  'weekly-digest-check': {
    payload: weeklyDigestCheckJobSchema,
    policy: {
      retryLimit: 1,
      retryDelaySeconds: 5 * minute,
      retryBackoff: false,
      expireInSeconds: 30 * minute,
      heartbeatSeconds: 60,
      retentionSeconds: hour,
      deleteAfterSeconds: day,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /** One person's Friday digest: retried like every mail while SMTP is down, sent once (weekly_digests). */
  'digest-mail': {
    payload: digestMailJobSchema,
    policy: { ...mailPolicy, localConcurrency: 2 },
  },
  /** Every quarter hour: people whose morning time has come in their zone get their mail queued, once a day. */
  'morning-mail-check': {
    payload: morningMailCheckJobSchema,
    policy: {
      retryLimit: 1,
      retryDelaySeconds: minute,
      retryBackoff: false,
      expireInSeconds: 10 * minute,
      heartbeatSeconds: 60,
      retentionSeconds: hour,
      deleteAfterSeconds: day,
      batchSize: 1,
      localConcurrency: 1,
    },
  },
  /** One person's morning mail: retried like every mail while SMTP is down, sent once (morning_mails). */
  'morning-mail': {
    payload: morningMailJobSchema,
    policy: { ...mailPolicy, localConcurrency: 2 },
  },
} satisfies Record<string, QueueDefinition & { policy: QueuePolicy }>;

export type CadenceQueues = typeof cadenceQueues;
export type CadenceJobs = Jobs<CadenceQueues>;
