import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Post, PostVersion } from '../../../contracts/content.js';
import { dateTimeFormat } from '../../../core/format/date-time-format.js';

const colours: Record<string, string> = {
  draft: 'gray',
  ready: 'blue',
  awaiting_approval: 'grape',
  scheduled: 'indigo',
  to_publish_by_hand: 'orange',
  published: 'teal',
  failed: 'red',
  missed: 'red',
  pending: 'gray',
  publishing: 'indigo',
  unknown: 'orange',
};

export function PostStatusBadge({ status }: { status: Post['status'] | PostVersion['status'] }) {
  const { t } = useTranslation();
  return (
    // Its text colour comes from the theme's light variant (readable on the tint).
    <Badge variant="light" color={colours[status] ?? 'gray'}>
      {t(`content.posts.statuses.${status}`)}
    </Badge>
  );
}

/** "Tue 24 March, 09:30" in the workspace's zone, in the interface language. */
export function formatPostTime(instant: string, timeZone: string, language: string) {
  return dateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}
