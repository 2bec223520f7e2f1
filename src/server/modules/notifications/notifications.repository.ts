import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  NotificationChannel,
  NotificationKind,
  NotificationSubject,
} from '../../../contracts/notifications.js';
import type { Queryable } from '../../platform/db.js';
import { user } from '../auth/auth.table.js';
import { profiles } from '../profile/profile.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';
import { notificationPreferences, notificationSettings, notifications } from './notifications.table.js';

export type NotificationRow = typeof notifications.$inferSelect;

export function createNotificationsRepository(db: Queryable) {
  return {
    /** The new row, or null when this person was already told about this subject. */
    async insertOnce(
      tx: Queryable,
      values: {
        userId: string;
        workspaceId: string | null;
        kind: NotificationKind;
        subjectKey: string;
        subject: NotificationSubject;
        createdAt: Date;
      },
    ): Promise<NotificationRow | null> {
      const [row] = await tx.insert(notifications).values(values).onConflictDoNothing().returning();
      return row ?? null;
    },

    /** Newest first; notifications of one instant in the order they were told. */
    async listForUser(userId: string, limit: number) {
      const rows = await db
        .select({ notification: notifications, workspaceName: workspaces.name })
        .from(notifications)
        .leftJoin(workspaces, eq(workspaces.id, notifications.workspaceId))
        .where(eq(notifications.userId, userId))
        .orderBy(desc(notifications.createdAt), desc(notifications.sequence))
        .limit(limit);
      const [unread] = await db
        .select({ value: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return { rows, unreadCount: unread?.value ?? 0 };
    },

    async markRead(userId: string, notificationId: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(notifications)
        .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
        .where(and(eq(notifications.userId, userId), eq(notifications.id, notificationId)))
        .returning({ id: notifications.id });
      return rows.length > 0;
    },

    async markAllRead(userId: string, at: Date) {
      await db
        .update(notifications)
        .set({ readAt: at })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    },

    /** What the mail job needs: the row, its reader's address and language, the workspace's name. */
    async findForMail(notificationId: string) {
      const [row] = await db
        .select({
          notification: notifications,
          email: user.email,
          name: user.name,
          locale: profiles.locale,
          workspaceName: workspaces.name,
        })
        .from(notifications)
        .innerJoin(user, eq(user.id, notifications.userId))
        .leftJoin(workspaces, eq(workspaces.id, notifications.workspaceId))
        .leftJoin(profiles, eq(profiles.userId, notifications.userId))
        .where(eq(notifications.id, notificationId));
      return row ?? null;
    },

    /** The newest instance-level notification of these kinds, any administrator's (the last told, within one instant). */
    async findLatestInstanceNotification(kinds: readonly NotificationKind[]) {
      const [row] = await db
        .select({ kind: notifications.kind, subjectKey: notifications.subjectKey })
        .from(notifications)
        .where(and(isNull(notifications.workspaceId), inArray(notifications.kind, [...kinds])))
        .orderBy(desc(notifications.createdAt), desc(notifications.sequence))
        .limit(1);
      return row ?? null;
    },

    async markMailed(notificationId: string, at: Date) {
      await db.update(notifications).set({ mailedAt: at }).where(eq(notifications.id, notificationId));
    },

    async findChannels(
      userId: string,
      tx: Queryable = db,
    ): Promise<Partial<Record<NotificationKind, NotificationChannel>>> {
      const rows = await tx
        .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId));
      return Object.fromEntries(rows.map((row) => [row.kind, row.channel]));
    },

    async setChannel(tx: Queryable, userId: string, kind: NotificationKind, channel: NotificationChannel) {
      await tx
        .insert(notificationPreferences)
        .values({ userId, kind, channel })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: { channel },
        });
    },

    async findSettings(userId: string, tx: Queryable = db) {
      const [row] = await tx
        .select()
        .from(notificationSettings)
        .where(eq(notificationSettings.userId, userId));
      return row ?? null;
    },

    async saveSettings(
      tx: Queryable,
      userId: string,
      values: {
        timeZone: string;
        weeklyDigest: boolean;
        morningMail: boolean;
        morningMailTime: string;
        quietStart: string | null;
        quietEnd: string | null;
      },
    ) {
      await tx
        .insert(notificationSettings)
        .values({ userId, ...values })
        .onConflictDoUpdate({ target: notificationSettings.userId, set: values });
    },

    /** Turns the digest on or off; a person without settings gets them, in `timeZone`. */
    async setWeeklyDigest(userId: string, weeklyDigest: boolean, timeZone: string) {
      await db
        .insert(notificationSettings)
        .values({ userId, timeZone, weeklyDigest })
        .onConflictDoUpdate({ target: notificationSettings.userId, set: { weeklyDigest } });
    },

    /** Turns the morning mail off (its one-click unsubscribe); a person without settings gets them. */
    async stopMorningMail(userId: string, timeZone: string) {
      await db
        .insert(notificationSettings)
        .values({ userId, timeZone, morningMail: false })
        .onConflictDoUpdate({ target: notificationSettings.userId, set: { morningMail: false } });
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
