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
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
