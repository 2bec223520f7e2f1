import { Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarPost } from '../../../contracts/content-calendar.js';
import { groupPostsByDay } from '../../../core/content/calendar-days.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';
import { colourOfPost, excerptOf } from './calendar-post-labels.js';
import type { CalendarRange, ColourBy } from './calendar-range.js';
import { PostStatusBadge } from './post-status-badge.js';
import './content-calendar-list.css';

/**
 * The month's posts by day, drawn by the page (no FullCalendar: a phone opens on it, and the
 * desktop's "list" shows it too): a heading per day in the workspace's zone, each post a link to
 * its editor with its time, excerpt, networks and status.
 */
export function ContentCalendarList({
  workspaceId,
  range,
  posts,
  loading,
  pillarIds,
  timeZone,
  colourBy,
}: {
  workspaceId: string;
  range: CalendarRange;
  posts: readonly CalendarPost[];
  /** The month's posts are still on their way: no "nothing scheduled" yet. */
  loading: boolean;
  pillarIds: readonly string[];
  timeZone: string;
  colourBy: ColourBy;
}) {
  const { t, i18n } = useTranslation();
  const days = useMemo(() => groupPostsByDay(posts, timeZone, range), [posts, timeZone, range]);

  if (days.length === 0)
    return (
      <Text c="dimmed" ta="center" py="xl" data-testid="calendar-list-empty" aria-busy={loading}>
        {loading ? '' : t('content.calendar.empty')}
      </Text>
    );
  return (
    <Stack gap="md" data-testid="calendar-list">
      {days.map((day) => (
        <div key={day.date}>
          <Title order={2} size="h6" id={`calendar-day-${day.date}`} mb={6}>
            {formatLocalDate(day.date, i18n.language, { weekday: 'long', day: 'numeric', month: 'long' })}
          </Title>
          <Stack
            component="ul"
            role="list"
            aria-labelledby={`calendar-day-${day.date}`}
            gap={6}
            m={0}
            p={0}
            className="calendar-list-posts"
          >
            {day.posts.map(({ post, time }) => {
              const colour = colourOfPost(post, colourBy, pillarIds);
              return (
                <li key={post.id}>
                  <Link
                    to="/w/$workspaceId/posts/$postId"
                    params={{ workspaceId, postId: post.id }}
                    className={`calendar-list-post content-status-${post.status}`}
                    style={{ borderInlineStartColor: `var(--mantine-color-${colour}-7)` }}
                  >
                    <Group gap="sm" wrap="nowrap" align="flex-start">
                      <Text component="time" dateTime={post.scheduledAt ?? undefined} size="sm" fw={600}>
                        {time}
                      </Text>
                      <Stack gap={4} className="calendar-list-post-body">
                        <Text size="sm" lineClamp={2}>
                          {excerptOf(post.excerpt) || t('content.posts.untitled')}
                        </Text>
                        <Group gap="xs">
                          {post.versions.map((version) => (
                            <Group key={version.network} gap={4} wrap="nowrap">
                              <NetworkIcon network={version.network} size={14} />
                              <Text size="xs">{t(`networks.${version.network}`)}</Text>
                            </Group>
                          ))}
                          <PostStatusBadge status={post.status} />
                        </Group>
                      </Stack>
                    </Group>
                  </Link>
                </li>
              );
            })}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
