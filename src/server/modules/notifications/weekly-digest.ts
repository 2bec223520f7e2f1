import { and, eq, isNull, or } from 'drizzle-orm';
import type { DigestMailJob } from '../../../contracts/jobs.js';
import { findDueDigestWeek } from '../../../core/notifications/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import type { Mailer } from '../../platform/mail.js';
import { user } from '../auth/auth.table.js';
import { profiles } from '../profile/profile.table.js';
import type { DigestWorkspaceWeek } from '../regularity/digest-week.js';
import { memberships, workspaces } from '../workspaces/workspaces.table.js';
import { renderDigestMail } from './digest-mail.js';
import { notificationSettings, weeklyDigests } from './notifications.table.js';
import { queueOncePerRow } from './queue-once.js';
import type { UnsubscribeTokens } from './unsubscribe-token.js';

/**
 * The Friday digest. An hourly check finds the people whose Friday 16:00 has come in their zone
 * (their chosen one, else the instance's) and who still want it, writes one `weekly_digests` row
 * per person and week and queues its mail in the same transaction: a second check, a second
 * process or a retry finds the row and queues nothing. The mail job reads every workspace's week
 * when it runs and marks the row sent; a row already sent is never mailed again.
 */
export function createWeeklyDigest(deps: {
  db: Queryable;
  runInTransaction: RunInTransaction;
  jobs: CadenceJobs;
  mailer: Mailer;
  clock: Clock;
  unsubscribeTokens: UnsubscribeTokens;
  baseUrl: string;
  defaultTimeZone: string;
  readDigestWeek: (workspaceId: string) => Promise<DigestWorkspaceWeek>;
}) {
  return {
    async queueDueDigests(): Promise<number> {
      const now = deps.clock.now().toISOString();
      const people = await deps.db
        .selectDistinct({ userId: memberships.userId, timeZone: notificationSettings.timeZone })
        .from(memberships)
        .innerJoin(workspaces, and(eq(workspaces.id, memberships.workspaceId), eq(workspaces.isDemo, false)))
        .leftJoin(notificationSettings, eq(notificationSettings.userId, memberships.userId))
        .where(or(isNull(notificationSettings.userId), eq(notificationSettings.weeklyDigest, true)));
      const due = people.flatMap((person) => {
        const weekStart = findDueDigestWeek(now, person.timeZone ?? deps.defaultTimeZone);
        return weekStart ? [{ userId: person.userId, weekStart }] : [];
      });
      await deps.jobs.start();
      return queueOncePerRow(deps.runInTransaction, due, {
        insertRow: (tx, digest) =>
          tx
            .insert(weeklyDigests)
            .values(digest)
            .onConflictDoNothing()
            .returning({ userId: weeklyDigests.userId }),
        sendJob: (tx, digest) =>
          deps.jobs.send(
            'digest-mail',
            { version: 1, ...digest },
            { tx, idempotencyKey: `${digest.userId}:${digest.weekStart}` },
          ),
      });
    },

    async sendDigestMail(job: DigestMailJob): Promise<void> {
      const [digest] = await deps.db
        .select({ sentAt: weeklyDigests.sentAt, email: user.email, locale: profiles.locale })
        .from(weeklyDigests)
        .innerJoin(user, eq(user.id, weeklyDigests.userId))
        .leftJoin(profiles, eq(profiles.userId, weeklyDigests.userId))
        .where(and(eq(weeklyDigests.userId, job.userId), eq(weeklyDigests.weekStart, job.weekStart)));
      if (!digest || digest.sentAt) return;
      const [settings] = await deps.db
        .select({ weeklyDigest: notificationSettings.weeklyDigest })
        .from(notificationSettings)
        .where(eq(notificationSettings.userId, job.userId));
      if (settings && !settings.weeklyDigest) return;
      const memberOf = await deps.db
        .select({ workspaceId: workspaces.id, workspaceName: workspaces.name })
        .from(memberships)
        .innerJoin(workspaces, and(eq(workspaces.id, memberships.workspaceId), eq(workspaces.isDemo, false)))
        .where(eq(memberships.userId, job.userId))
        .orderBy(workspaces.name);
      const sections = [];
      for (const workspace of memberOf)
        sections.push({ ...workspace, ...(await deps.readDigestWeek(workspace.workspaceId)) });
      if (sections.length === 0) return;
      const token = deps.unsubscribeTokens.create(job.userId, 'weekly_digest');
      const mail = renderDigestMail({
        locale: digest.locale === 'en' ? 'en' : 'fr',
        weekStart: job.weekStart,
        sections,
        baseUrl: deps.baseUrl,
        unsubscribeLink: `${deps.baseUrl}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
        settingsLink: `${deps.baseUrl}/account#notifications`,
      });
      await deps.mailer.send({ to: digest.email, ...mail });
      await deps.db
        .update(weeklyDigests)
        .set({ sentAt: deps.clock.now() })
        .where(and(eq(weeklyDigests.userId, job.userId), eq(weeklyDigests.weekStart, job.weekStart)));
    },
  };
}

export type WeeklyDigest = ReturnType<typeof createWeeklyDigest>;
