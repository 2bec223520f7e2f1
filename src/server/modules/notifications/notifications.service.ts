import { and, eq, inArray } from 'drizzle-orm';
import type { NotificationMailJob } from '../../../contracts/jobs.js';
import {
  defaultNotificationChannels,
  type NotificationKind,
  type NotificationList,
  type NotificationSettings,
  type NotificationSubject,
  notificationKinds,
  type UpdateNotificationSettingsBody,
} from '../../../contracts/notifications.js';
import {
  defaultMorningMailTime,
  endOfQuietHours,
  notificationPath,
} from '../../../core/notifications/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import type { Mailer } from '../../platform/mail.js';
import { notFound } from '../../platform/problem.js';
import { instanceAdministrators } from '../instance/instance.table.js';
import { memberships, workspaces } from '../workspaces/workspaces.table.js';
import { renderNotificationMail } from './notification-mail.js';
import type { NotificationsRepository } from './notifications.repository.js';
import type { MailTopic, UnsubscribeTokens } from './unsubscribe-token.js';

/** Who is told: named people, or the workspace's members from a role up. */
export type NotificationRecipients = readonly string[] | 'editors' | 'managers' | 'owners' | 'reviewers';

export type NotifyInput = {
  workspaceId: string;
  recipients: NotificationRecipients;
  kind: NotificationKind;
  subject: NotificationSubject;
  /**
   * What makes this notification one of its kind; told once per person. Defaults to the
   * subject's post, network and date: a post's reminder once, a network's silence once per date.
   */
  subjectKey?: string;
};

const rolesFrom: Record<Exclude<NotificationRecipients, readonly string[]>, string[]> = {
  editors: ['member', 'manager', 'owner'],
  managers: ['manager', 'owner'],
  owners: ['owner'],
  // Who approves posts: the client (viewer) and the agency's managers.
  reviewers: ['viewer', 'manager', 'owner'],
};

export function createNotificationsService(deps: {
  notificationsRepository: NotificationsRepository;
  runInTransaction: RunInTransaction;
  jobs: CadenceJobs;
  mailer: Mailer;
  clock: Clock;
  unsubscribeTokens: UnsubscribeTokens;
  baseUrl: string;
  /** The zone of a person who has not chosen one (the instance's). */
  defaultTimeZone: string;
  /** What an instance-level mail names instead of a workspace (the instance's address). */
  instanceName: string;
}) {
  const { notificationsRepository: repository, clock } = deps;

  async function recipientsOf(tx: Queryable, workspaceId: string, recipients: NotificationRecipients) {
    const rows = await tx
      .select({ userId: memberships.userId, timeZone: workspaces.timeZone })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(
        and(
          eq(memberships.workspaceId, workspaceId),
          typeof recipients === 'string'
            ? inArray(
                memberships.role,
                rolesFrom[recipients] as ('viewer' | 'member' | 'manager' | 'owner')[],
              )
            : inArray(memberships.userId, recipients.length > 0 ? [...recipients] : ['']),
        ),
      );
    return rows;
  }

  async function notifyIn(tx: Queryable, input: NotifyInput): Promise<number> {
    const userIds = (await recipientsOf(tx, input.workspaceId, input.recipients)).map((row) => row.userId);
    return tell(tx, userIds, { ...input, workspaceId: input.workspaceId });
  }

  /** Writes the notification once per person (bell) and queues its mail where they want one. */
  async function tell(
    tx: Queryable,
    userIds: readonly string[],
    input: Omit<NotifyInput, 'workspaceId' | 'recipients'> & { workspaceId: string | null },
  ): Promise<number> {
    const now = clock.now();
    const subjectKey =
      input.subjectKey ??
      ([input.subject.postId, input.subject.network, input.subject.date].filter(Boolean).join(':') ||
        'workspace');
    let told = 0;
    for (const recipient of userIds.map((userId) => ({ userId }))) {
      const channels = await repository.findChannels(recipient.userId, tx);
      const channel = channels[input.kind] ?? defaultNotificationChannels[input.kind];
      if (channel === 'off') continue;
      const row = await repository.insertOnce(tx, {
        userId: recipient.userId,
        workspaceId: input.workspaceId,
        kind: input.kind,
        subjectKey,
        subject: input.subject,
        createdAt: now,
      });
      if (!row) continue;
      told += 1;
      if (channel !== 'mail') continue;
      const settings = await repository.findSettings(recipient.userId, tx);
      const quietEnd = settings
        ? endOfQuietHours(
            now.toISOString(),
            settings.timeZone,
            settings.quietStart && settings.quietEnd
              ? { start: settings.quietStart, end: settings.quietEnd }
              : null,
          )
        : null;
      await deps.jobs.send(
        'notification-mail',
        { version: 1, notificationId: row.id },
        { tx, idempotencyKey: row.id, ...(quietEnd ? { startAfter: new Date(quietEnd) } : {}) },
      );
    }
    return told;
  }

  return {
    /**
     * Tells the recipients about something, each through the channel they chose for its kind
     * (the bell, the bell and a mail, or nothing), once per person and subject whoever calls it
     * again. Given the caller's transaction, the notification and its mail job exist only if it
     * commits. Answers how many people were newly told.
     */
    async notify(input: NotifyInput, tx?: Queryable): Promise<number> {
      if (tx) return notifyIn(tx, input);
      // The queue is started before the transaction: on PGlite, starting it inside would wait for
      // the one connection the transaction holds (every process starts it at boot anyway).
      await deps.jobs.start();
      return deps.runInTransaction((own) => notifyIn(own, input));
    },

    /**
     * Tells the instance's administrators about the instance itself (a backup): rows without a
     * workspace, once per administrator and `subjectKey`, through each one's channel for the kind.
     */
    async notifyInstanceAdministrators(
      input: Omit<NotifyInput, 'workspaceId' | 'recipients'>,
    ): Promise<number> {
      await deps.jobs.start();
      return deps.runInTransaction(async (tx) => {
        const administrators = await tx
          .select({ userId: instanceAdministrators.userId })
          .from(instanceAdministrators);
        return tell(
          tx,
          administrators.map((row) => row.userId),
          { ...input, workspaceId: null },
        );
      });
    },

    /** The subject key of the newest instance notification of these kinds (null: none yet). */
    findLatestInstanceNotification: (kinds: readonly NotificationKind[]) =>
      repository.findLatestInstanceNotification(kinds),

    async listNotifications(userId: string): Promise<NotificationList> {
      const { rows, unreadCount } = await repository.listForUser(userId, 50);
      return {
        unreadCount,
        items: rows.map(({ notification, workspaceName }) => ({
          id: notification.id,
          workspaceId: notification.workspaceId,
          workspaceName,
          kind: notification.kind,
          subject: notification.subject,
          createdAt: notification.createdAt.toISOString(),
          readAt: notification.readAt?.toISOString() ?? null,
        })),
      };
    },

    async markRead(userId: string, notificationId: string) {
      if (!(await repository.markRead(userId, notificationId, clock.now()))) throw notFound();
    },

    markAllRead: (userId: string) => repository.markAllRead(userId, clock.now()),

    async findSettings(userId: string, fallbackTimeZone: string): Promise<NotificationSettings> {
      const [settings, channels] = await Promise.all([
        repository.findSettings(userId),
        repository.findChannels(userId),
      ]);
      return {
        timeZone: settings?.timeZone ?? fallbackTimeZone,
        weeklyDigest: settings?.weeklyDigest ?? true,
        morningMail: settings?.morningMail ?? false,
        morningMailTime: settings?.morningMailTime ?? defaultMorningMailTime,
        quietHours:
          settings?.quietStart && settings.quietEnd
            ? { start: settings.quietStart, end: settings.quietEnd }
            : null,
        channels: Object.fromEntries(
          notificationKinds.map((kind) => [kind, channels[kind] ?? defaultNotificationChannels[kind]]),
        ) as NotificationSettings['channels'],
      };
    },

    async updateSettings(userId: string, fallbackTimeZone: string, patch: UpdateNotificationSettingsBody) {
      const current = await this.findSettings(userId, fallbackTimeZone);
      await deps.runInTransaction(async (tx) => {
        const quietHours = patch.quietHours === undefined ? current.quietHours : patch.quietHours;
        await repository.saveSettings(tx, userId, {
          timeZone: patch.timeZone ?? current.timeZone,
          weeklyDigest: patch.weeklyDigest ?? current.weeklyDigest,
          morningMail: patch.morningMail ?? current.morningMail,
          morningMailTime: patch.morningMailTime ?? current.morningMailTime,
          quietStart: quietHours?.start ?? null,
          quietEnd: quietHours?.end ?? null,
        });
        for (const [kind, channel] of Object.entries(patch.channels ?? {}))
          if (channel) await repository.setChannel(tx, userId, kind as NotificationKind, channel);
      });
      return this.findSettings(userId, fallbackTimeZone);
    },

    /** One-click unsubscribe: this kind of mail stops; the bell keeps it. False for a bad token. */
    async unsubscribe(token: string): Promise<{ kind: MailTopic } | null> {
      const reader = deps.unsubscribeTokens.read(token);
      if (!reader) return null;
      const { userId, kind } = reader;
      if (kind === 'weekly_digest') {
        await repository.setWeeklyDigest(userId, false, deps.defaultTimeZone);
        return { kind };
      }
      if (kind === 'morning_mail') {
        await repository.stopMorningMail(userId, deps.defaultTimeZone);
        return { kind };
      }
      const channels = await repository.findChannels(userId);
      const channel = channels[kind] ?? defaultNotificationChannels[kind];
      if (channel === 'mail')
        await deps.runInTransaction((tx) => repository.setChannel(tx, userId, kind, 'app'));
      return { kind };
    },

    /**
     * The notification-mail job. Sends nothing when the person read it in the app meanwhile,
     * chose not to be mailed since, or was already mailed (a retry after the mail went out but
     * before this was written down). Throws while SMTP is down, so the queue tries again.
     */
    async sendNotificationMail(job: NotificationMailJob): Promise<void> {
      const found = await repository.findForMail(job.notificationId);
      if (!found) return;
      const { notification } = found;
      if (notification.mailedAt || notification.readAt) return;
      const channels = await repository.findChannels(notification.userId);
      if ((channels[notification.kind] ?? defaultNotificationChannels[notification.kind]) !== 'mail') return;
      const locale = found.locale === 'en' ? 'en' : 'fr';
      const token = deps.unsubscribeTokens.create(notification.userId, notification.kind);
      const mail = renderNotificationMail({
        locale,
        kind: notification.kind,
        subject: notification.subject,
        workspaceName: found.workspaceName ?? deps.instanceName,
        link: `${deps.baseUrl}${notificationPath(notification.workspaceId, notification.kind, notification.subject)}`,
        unsubscribeLink: `${deps.baseUrl}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
        settingsLink: `${deps.baseUrl}/account#notifications`,
      });
      await deps.mailer.send({ to: found.email, ...mail });
      await repository.markMailed(notification.id, clock.now());
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
