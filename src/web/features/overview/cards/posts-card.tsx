import { Alert, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/router-links.js';
import { WeekProgressLines } from '../../content/calendar-panels.js';
import { calendarPostsQueryOptions, dueByHandQueryOptions } from '../../content/content-queries.js';
import { strategyQueryOptions } from '../../strategy/strategy-queries.js';
import { addDaysToDate } from '../../tracking/workspace-dates.js';
import { OverviewCardFrame } from '../overview-card-frame.js';
import type { OverviewCardProps } from '../overview-cards.js';

/**
 * This week's posts per network against the strategy's targets, and the posts whose time has come
 * to be published by hand: the content side of the week, beside its hours.
 */
export function PostsCard({ workspace, weekStart, span }: OverviewCardProps) {
  const { t } = useTranslation();
  const strategy = useQuery(strategyQueryOptions(workspace.id));
  const posts = useQuery(
    calendarPostsQueryOptions(workspace.id, { from: weekStart, to: addDaysToDate(weekStart, 7) }),
  );
  const due = useQuery(dueByHandQueryOptions(workspace.id));
  // No network chosen yet: nothing to measure, and the checklist already leads to the strategy.
  if (strategy.data && strategy.data.networks.length === 0) return null;
  const queries = [strategy, posts, due];
  const state = queries.some((query) => query.isPending)
    ? 'loading'
    : queries.some((query) => query.isError)
      ? 'error'
      : 'ready';
  const dueCount = due.data?.length ?? 0;
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-posts"
      title={t('overview.posts.title')}
      icon={
        <ThemeIcon variant="light" color="indigo" aria-hidden>
          <IconSpeakerphone size={18} />
        </ThemeIcon>
      }
      state={state}
      action={
        <AnchorLink to="/w/$workspaceId/calendar" params={{ workspaceId: workspace.id }} size="sm">
          {t('overview.posts.calendar')}
        </AnchorLink>
      }
    >
      {strategy.data && posts.data && (
        <Stack gap="xs">
          {dueCount > 0 && (
            <Alert color="orange" variant="light" p="xs" data-testid="overview-posts-due">
              <Text size="sm">
                {t('overview.posts.due', { count: dueCount })}{' '}
                {/* One post due: straight to its text to copy and its "mark as published". */}
                {due.data?.length === 1 && due.data[0] ? (
                  <AnchorLink
                    to="/w/$workspaceId/posts/$postId"
                    params={{ workspaceId: workspace.id, postId: due.data[0].postId }}
                    size="sm"
                  >
                    {t('overview.posts.publish')}
                  </AnchorLink>
                ) : (
                  <AnchorLink to="/w/$workspaceId/posts" params={{ workspaceId: workspace.id }} size="sm">
                    {t('overview.posts.publish')}
                  </AnchorLink>
                )}
              </Text>
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            {t('overview.posts.help')}
          </Text>
          <WeekProgressLines
            posts={posts.data}
            strategy={strategy.data}
            weekStart={weekStart}
            timeZone={workspace.timeZone}
          />
        </Stack>
      )}
    </OverviewCardFrame>
  );
}
