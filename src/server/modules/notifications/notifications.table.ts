import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type NotificationSubject,
  notificationChannels,
  notificationKinds,
} from '../../../contracts/notifications.js';
import { user } from '../auth/auth.table.js';
import { workspaces } from '../workspaces/workspaces.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });
const userId = () =>
  text('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' });

/**
 * One thing told to one person. `subject_key` names what it is about (a post's network, a
 * network's silence from a date): one row per person, workspace, kind and subject, so the same
 * reminder is never told (nor mailed) twice, whoever calls `notify` again.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userId(),
    /** Null: about the instance itself (a backup), told to its administrators. */
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    subjectKey: text('subject_key').notNull(),
    subject: jsonb('subject').$type<NotificationSubject>().notNull(),
    readAt: instant('read_at'),
    /** When its mail went out (null: not mailed, or not yet). */
    mailedAt: instant('mailed_at'),
    createdAt: instant('created_at').defaultNow().notNull(),
    /** Insertion order: notifications told in one instant share their created_at (ids are random). */
    sequence: integer('sequence').generatedAlwaysAsIdentity(),
  },
  (table) => [
    uniqueIndex('notifications_once_idx').on(table.userId, table.workspaceId, table.kind, table.subjectKey),
    // NULLs are distinct in the index above: the instance's notifications get their own.
    uniqueIndex('notifications_instance_once_idx')
      .on(table.userId, table.kind, table.subjectKey)
      .where(sql`workspace_id is null`),
    index('notifications_user_idx').on(table.userId, table.createdAt),
  ],
);

/** Where each kind reaches a person; a kind without a row takes its default. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: userId(),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    channel: text('channel', { enum: notificationChannels }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.kind] })],
);

/** A person's zone and quiet hours (no mail between `quiet_start` and `quiet_end`, local time). */
export const notificationSettings = pgTable('notification_settings', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  timeZone: text('time_zone').notNull(),
  quietStart: text('quiet_start'),
  quietEnd: text('quiet_end'),
  /** The Friday digest by mail (on by default; its mails' one-click unsubscribe turns it off). */
  weeklyDigest: boolean('weekly_digest').notNull().default(true),
  /** The morning mail with the day's blocks and posts due by hand (off by default). */
  morningMail: boolean('morning_mail').notNull().default(false),
  /** Its local time, 'HH:MM'. */
  morningMailTime: text('morning_mail_time').notNull().default('08:00'),
});

/** One Friday digest per person and week, written in the transaction that queues its mail. */
export const weeklyDigests = pgTable(
  'weekly_digests',
  {
    userId: userId(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    createdAt: instant('created_at').defaultNow().notNull(),
    sentAt: instant('sent_at'),
  },
  (table) => [primaryKey({ columns: [table.userId, table.weekStart] })],
);

/** One morning mail per person and local day, written in the transaction that queues its mail. */
export const morningMails = pgTable(
  'morning_mails',
  {
    userId: userId(),
    localDate: date('local_date', { mode: 'string' }).notNull(),
    createdAt: instant('created_at').defaultNow().notNull(),
    sentAt: instant('sent_at'),
  },
  (table) => [primaryKey({ columns: [table.userId, table.localDate] })],
);
