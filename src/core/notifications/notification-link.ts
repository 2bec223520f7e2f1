import type { NotificationKind } from './notification-kinds.js';

/** The ids a notification's link is made of. */
export interface NotificationTarget {
  postId?: string | undefined;
}

/** The app path a notification leads to: the post, the regularity page, the timer, the settings. */
export function notificationPath(
  workspaceId: string | null,
  kind: NotificationKind,
  subject: NotificationTarget,
): string {
  const workspace = `/w/${workspaceId}`;
  switch (kind) {
    case 'by_hand_due':
    case 'publication_failed':
    case 'publication_missed':
    case 'approval_requested':
    case 'approval_given':
      return subject.postId ? `${workspace}/posts/${subject.postId}` : `${workspace}/posts`;
    case 'coming_gap':
      return `${workspace}/regularity`;
    case 'forgotten_timer':
      return `${workspace}/time`;
    case 'connection_failing':
      return `${workspace}/settings`;
    case 'backup_failed':
    case 'backup_recovered':
      return '/instance';
  }
}
