import {
  embeddedMaintenanceJobSchema,
  invitationMailJobSchema,
  metricsPullJobSchema,
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
   * One reading of a published post's figures (modules/results/metric-pulls.ts). A network that
   * is down or limits the rate is tried 5 more times over about 2 hours; a reading missed for
   * good is only a gap in the history: the last try schedules the next reading anyway. Each job
   * waits at most a month before it runs, hence a retention of 35 days.
   */
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
} satisfies Record<string, QueueDefinition & { policy: QueuePolicy }>;

export type CadenceQueues = typeof cadenceQueues;
export type CadenceJobs = Jobs<CadenceQueues>;
