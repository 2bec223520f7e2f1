import { z } from 'zod';
import { type NotificationKind, notificationKinds } from '../core/notifications/notification-kinds.js';
import { isoInstantSchema, requireSomethingToChange, timeZoneSchema, uuidSchema } from './common.js';
import { networkKeySchema } from './networks.js';

export { type NotificationKind, notificationKinds };

export const notificationKindSchema = z.enum(notificationKinds);

/** `app`: the bell only; `mail`: the bell and a mail; `off`: neither. */
export const notificationChannels = ['app', 'mail', 'off'] as const;
export const notificationChannelSchema = z.enum(notificationChannels);
export type NotificationChannel = z.infer<typeof notificationChannelSchema>;

/** Where a person is reached when they have chosen nothing: mail for what cannot wait. */
export const defaultNotificationChannels: Record<NotificationKind, NotificationChannel> = {
  by_hand_due: 'mail',
  publication_failed: 'mail',
  publication_missed: 'mail',
  connection_failing: 'mail',
  coming_gap: 'mail',
  forgotten_timer: 'app',
  approval_requested: 'mail',
  approval_given: 'app',
  backup_failed: 'mail',
  backup_recovered: 'mail',
};

/**
 * What a notification is about: the ids the link is made of, and a few words to show (a network,
 * a date, a title cut short). Never HTML: the web and the mail escape it like any text.
 */
export const notificationSubjectSchema = z.object({
  postId: uuidSchema.optional(),
  network: networkKeySchema.optional(),
  /** A local date (a coming silence's first day). */
  date: z.string().max(10).optional(),
  /** A short text shown as is (a post's first words, an account's name). */
  label: z.string().max(200).optional(),
});
export type NotificationSubject = z.infer<typeof notificationSubjectSchema>;

export const notificationSchema = z.object({
  id: uuidSchema,
  /** Null for the instance's own notifications (backups), told to its administrators. */
  workspaceId: uuidSchema.nullable(),
  workspaceName: z.string().nullable(),
  kind: notificationKindSchema,
  subject: notificationSubjectSchema,
  createdAt: isoInstantSchema,
  readAt: isoInstantSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  unreadCount: z.number().int(),
  items: z.array(notificationSchema),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationParamsSchema = z.object({ notificationId: uuidSchema });

const wallClockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Expected HH:MM' });
export const quietHoursSchema = z
  .object({ start: wallClockSchema, end: wallClockSchema })
  .refine((hours) => hours.start !== hours.end, {
    error: 'Quiet hours must start and end at different times',
  });

export const notificationSettingsSchema = z.object({
  /** The person's zone: quiet hours and the Friday digest follow it. */
  timeZone: timeZoneSchema,
  /** The Friday digest by mail. */
  weeklyDigest: z.boolean(),
  /** The morning mail with the day's blocks and posts due by hand. */
  morningMail: z.boolean(),
  /** Its local time ('HH:MM'); held to the end of quiet hours when it falls in them. */
  morningMailTime: wallClockSchema,
  /** No mail between these local times (overnight when start > end); null: mail at any time. */
  quietHours: quietHoursSchema.nullable(),
  channels: z.record(notificationKindSchema, notificationChannelSchema),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

export const updateNotificationSettingsBodySchema = requireSomethingToChange(
  z
    .object({
      timeZone: timeZoneSchema,
      weeklyDigest: z.boolean(),
      morningMail: z.boolean(),
      morningMailTime: wallClockSchema,
      quietHours: quietHoursSchema.nullable(),
      channels: z.partialRecord(notificationKindSchema, notificationChannelSchema),
    })
    .partial(),
);
export type UpdateNotificationSettingsBody = z.infer<typeof updateNotificationSettingsBodySchema>;

export const unsubscribeQuerySchema = z.object({ token: z.string().min(10).max(300) });
