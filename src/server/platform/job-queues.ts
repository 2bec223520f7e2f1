import {
  digestMailJobSchema,
  embeddedMaintenanceJobSchema,
  forgottenTimerCheckJobSchema,
  invitationMailJobSchema,
  notificationMailJobSchema,
  regularityCheckJobSchema,
  weeklyDigestCheckJobSchema,
} from '../../contracts/jobs.js';
import type { Jobs, QueueDefinition, QueuePolicy } from './jobs.js';

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

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
    policy: {
      retryLimit: 8,
      retryDelaySeconds: 30,
      retryBackoff: true,
      retryDelayMaxSeconds: hour,
      expireInSeconds: 5 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: 7 * day,
      deleteAfterSeconds: 7 * day,
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
   * One notification's mail (a reminder, a failure, a coming silence). Same patience as the
   * invitation's: 9 tries over about 4 hours while SMTP is down; the handler checks the row was
   * not mailed (nor read) already, so a retry after a crash never sends it twice.
   */
  'notification-mail': {
    payload: notificationMailJobSchema,
    policy: {
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
    },
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
    policy: {
      retryLimit: 8,
      retryDelaySeconds: 30,
      retryBackoff: true,
      retryDelayMaxSeconds: hour,
      expireInSeconds: 5 * minute,
      heartbeatSeconds: 30,
      retentionSeconds: 2 * day,
      deleteAfterSeconds: 7 * day,
      batchSize: 5,
      localConcurrency: 2,
    },
  },
} satisfies Record<string, QueueDefinition & { policy: QueuePolicy }>;

export type CadenceQueues = typeof cadenceQueues;
export type CadenceJobs = Jobs<CadenceQueues>;
