/** What Cadence tells people about; each person chooses, per kind, where it reaches them. */
export const notificationKinds = [
  'by_hand_due',
  'publication_failed',
  'publication_missed',
  'connection_failing',
  'coming_gap',
  'forgotten_timer',
  'approval_requested',
  'approval_given',
  // Instance-level (no workspace): told to the instance's administrators.
  'backup_failed',
  'backup_recovered',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Kinds about the instance itself, not a workspace: their rows have no workspace. */
export const instanceNotificationKinds = [
  'backup_failed',
  'backup_recovered',
] as const satisfies readonly NotificationKind[];
