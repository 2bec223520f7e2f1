import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { DEFAULT_FORGOTTEN_TIMER_MINUTES } from '../../../core/tracking/entry-interval.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable } from '../../platform/db.js';
import type { NotifyInput } from '../notifications/notifications.service.js';
import { timeEntries, trackingSettings } from './tracking.table.js';

/**
 * The forgotten-timer check (every quarter of an hour): each running timer older than its
 * workspace's limit tells its owner, once per timer (the entry's id is the subject). The header
 * already shows it as forgotten; this reaches the person who closed the tab.
 */
export function createForgottenTimersCheck(deps: {
  db: Queryable;
  clock: Clock;
  notify: (input: NotifyInput) => Promise<number>;
}) {
  return async function notifyForgottenTimers(): Promise<number> {
    const now = deps.clock.now();
    const limit = sql`coalesce(${trackingSettings.forgottenTimerMinutes}, ${DEFAULT_FORGOTTEN_TIMER_MINUTES})`;
    const running = await deps.db
      .select({ id: timeEntries.id, workspaceId: timeEntries.workspaceId, userId: timeEntries.userId })
      .from(timeEntries)
      .leftJoin(trackingSettings, eq(trackingSettings.workspaceId, timeEntries.workspaceId))
      .where(
        and(
          isNull(timeEntries.endedAt),
          lte(
            timeEntries.startedAt,
            sql`${now.toISOString()}::timestamptz - make_interval(mins => ${limit})`,
          ),
        ),
      );
    let told = 0;
    for (const entry of running)
      told += await deps.notify({
        workspaceId: entry.workspaceId,
        recipients: [entry.userId],
        kind: 'forgotten_timer',
        subject: {},
        subjectKey: `entry:${entry.id}`,
      });
    return told;
  };
}
