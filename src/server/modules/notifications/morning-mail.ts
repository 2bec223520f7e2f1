import { and, eq } from 'drizzle-orm';
import type { MorningMailJob } from '../../../contracts/jobs.js';
import {
  defaultMorningMailTime,
  explainMorningSend,
  findDueMorningDate,
} from '../../../core/notifications/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import type { Mailer } from '../../platform/mail.js';
import { user } from '../auth/auth.table.js';
import { profiles } from '../profile/profile.table.js';
import type { MorningWorkspaceDay } from '../routine/morning-day.js';
import { memberships, workspaces } from '../workspaces/workspaces.table.js';
import { type MorningSection, renderMorningMail } from './morning-mail-message.js';
import { morningMails, notificationSettings } from './notifications.table.js';
import { queueOncePerRow } from './queue-once.js';
import type { UnsubscribeTokens } from './unsubscribe-token.js';

/**
 * The morning mail, built like the Friday digest. A quarter-hourly check finds the people who
 * chose it and whose morning time (held to the end of their quiet hours) has come today in their
 * zone, writes one `morning_mails` row per person and local day and queues its mail in the same
 * transaction: a second check, a second process or a restart finds the row and queues nothing.
 * The mail job reads the day of every workspace when it runs, sends nothing on a day with
 * nothing in it, and marks the row sent; a row already sent is never mailed again.
 */
export function createMorningMail(deps: {
  db: Queryable;
  runInTransaction: RunInTransaction;
  jobs: CadenceJobs;
  mailer: Mailer;
  clock: Clock;
  unsubscribeTokens: UnsubscribeTokens;
  baseUrl: string;
  readMorningDay: (workspaceId: string, localDate: string) => Promise<MorningWorkspaceDay>;
}) {
  return {
    async queueDueMorningMails(): Promise<number> {
      const now = deps.clock.now().toISOString();
      const people = await deps.db
        .selectDistinct({
          userId: notificationSettings.userId,
          timeZone: notificationSettings.timeZone,
          time: notificationSettings.morningMailTime,
          quietStart: notificationSettings.quietStart,
          quietEnd: notificationSettings.quietEnd,
        })
        .from(notificationSettings)
        .innerJoin(memberships, eq(memberships.userId, notificationSettings.userId))
        .innerJoin(workspaces, and(eq(workspaces.id, memberships.workspaceId), eq(workspaces.isDemo, false)))
        .where(eq(notificationSettings.morningMail, true));
      const due = people.flatMap((person) => {
        const quiet =
          person.quietStart && person.quietEnd ? { start: person.quietStart, end: person.quietEnd } : null;
        const localDate = findDueMorningDate(now, person.timeZone, person.time, quiet);
        return localDate ? [{ userId: person.userId, localDate }] : [];
      });
      await deps.jobs.start();
      return queueOncePerRow(deps.runInTransaction, due, {
        insertRow: (tx, mail) =>
          tx
            .insert(morningMails)
            .values(mail)
            .onConflictDoNothing()
            .returning({ userId: morningMails.userId }),
        sendJob: (tx, mail) =>
          deps.jobs.send(
            'morning-mail',
            { version: 1, ...mail },
            { tx, idempotencyKey: `${mail.userId}:${mail.localDate}` },
          ),
      });
    },

    async sendMorningMail(job: MorningMailJob): Promise<void> {
      const where = and(eq(morningMails.userId, job.userId), eq(morningMails.localDate, job.localDate));
      const [mail] = await deps.db
        .select({
          sentAt: morningMails.sentAt,
          email: user.email,
          locale: profiles.locale,
          morningMail: notificationSettings.morningMail,
          time: notificationSettings.morningMailTime,
          timeZone: notificationSettings.timeZone,
          quietStart: notificationSettings.quietStart,
          quietEnd: notificationSettings.quietEnd,
        })
        .from(morningMails)
        .innerJoin(user, eq(user.id, morningMails.userId))
        .leftJoin(profiles, eq(profiles.userId, morningMails.userId))
        .leftJoin(notificationSettings, eq(notificationSettings.userId, morningMails.userId))
        .where(where);
      if (!mail || mail.sentAt || !mail.morningMail) return;
      const memberOf = await deps.db
        .select({ workspaceId: workspaces.id, workspaceName: workspaces.name })
        .from(memberships)
        .innerJoin(workspaces, and(eq(workspaces.id, memberships.workspaceId), eq(workspaces.isDemo, false)))
        .where(eq(memberships.userId, job.userId))
        .orderBy(workspaces.name);
      const sections: MorningSection[] = [];
      for (const workspace of memberOf) {
        const day = await deps.readMorningDay(workspace.workspaceId, job.localDate);
        // The person's own blocks and the shared ones; a teammate's plan is theirs to read.
        const blocks = day.blocks.filter(
          (block) => block.memberUserId === null || block.memberUserId === job.userId,
        );
        if (blocks.length > 0 || day.dueByHand.length > 0) sections.push({ ...workspace, ...day, blocks });
      }
      if (sections.length === 0) return;
      const token = deps.unsubscribeTokens.create(job.userId, 'morning_mail');
      const message = renderMorningMail({
        locale: mail.locale === 'en' ? 'en' : 'fr',
        localDate: job.localDate,
        sending: explainMorningSend(
          deps.clock.now().toISOString(),
          mail.timeZone ?? 'UTC',
          mail.time ?? defaultMorningMailTime,
          mail.quietStart && mail.quietEnd ? { start: mail.quietStart, end: mail.quietEnd } : null,
        ),
        sections,
        baseUrl: deps.baseUrl,
        unsubscribeLink: `${deps.baseUrl}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
        settingsLink: `${deps.baseUrl}/account#notifications`,
      });
      await deps.mailer.send({ to: mail.email, ...message });
      await deps.db.update(morningMails).set({ sentAt: deps.clock.now() }).where(where);
    },
  };
}

export type MorningMail = ReturnType<typeof createMorningMail>;
