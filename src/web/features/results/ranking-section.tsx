import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PostRankings } from '../../../contracts/results.js';
import { dateTimeFormat } from '../../../core/format/date-time-format.js';
import { ErrorState } from '../../ui/error-state.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useKeyLabel, useResultsFormat } from './results-format.js';
import { type MonthRange, postRankingsQueryOptions } from './results-queries.js';

type EngagementGroup = PostRankings['byNetwork'][number];
type RankedPost = PostRankings['best'][number];

/** Best and worst posts of the period, and which networks, pillars, days and hours engage most. */
export function RankingSection({
  workspace,
  range,
}: {
  workspace: { id: string; currency: string };
  range: MonthRange;
}) {
  const { t, i18n } = useTranslation();
  const rankings = useQuery(postRankingsQueryOptions(workspace.id, range));
  const format = useResultsFormat(workspace.currency);
  const networkLabel = useKeyLabel(workspace.id, 'network');
  const pillarLabel = useKeyLabel(workspace.id, 'pillar');
  const weekdayLabel = (key: string) =>
    // 2024-01-01 was a Monday: ISO weekday n is that date + n − 1.
    dateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, Number(key))),
    );
  if (rankings.isPending) return <Skeleton h={160} radius="md" />;
  if (rankings.isError) return <ErrorState error={rankings.error} onRetry={() => void rankings.refetch()} />;
  const data = rankings.data;

  // Text over its figures: on a phone a single line left the text no width at all.
  const postLine = (post: RankedPost) => (
    <Group key={post.postVersionId} gap="xs" wrap="nowrap" align="flex-start">
      <NetworkIcon network={post.network} size={16} />
      <Stack gap={2} miw={0} style={{ flex: 1 }}>
        {post.postId ? (
          <AnchorLink
            to="/w/$workspaceId/posts/$postId"
            params={{ workspaceId: workspace.id, postId: post.postId }}
            size="sm"
            lineClamp={2}
          >
            {post.text}
          </AnchorLink>
        ) : post.url ? (
          // Published outside Cadence: known from a network's export, linked to the network.
          <Anchor href={post.url} target="_blank" rel="noopener noreferrer" size="sm" lineClamp={2}>
            {post.text || post.url}
          </Anchor>
        ) : (
          <Text size="sm" lineClamp={2}>
            {post.text}
          </Text>
        )}
        <Group gap={6} wrap="wrap">
          {!post.postId && (
            <Badge size="xs" variant="light" color="gray">
              {t('results.outsideCadence')}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('results.ranking.engagement', { count: post.engagement })}
            {post.ratePercent !== null &&
              ` · ${t('results.ranking.rate', { rate: format.percent(post.ratePercent) })}`}
          </Text>
        </Group>
      </Stack>
    </Group>
  );

  const groupList = (title: string, groups: EngagementGroup[], label: (key: string) => string) =>
    groups.length > 0 && (
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {groups.map((group) => (
          <Group key={group.key} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" c={group.isThin ? 'dimmed' : undefined}>
              {label(group.key)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('results.ranking.average', {
                value: format.decimal(group.averageEngagement),
                count: group.posts,
              })}
            </Text>
          </Group>
        ))}
      </Stack>
    );

  return (
    <Card withBorder radius="md" data-testid="post-ranking">
      <Title order={2} size="h4" mb="sm">
        {t('results.ranking.title')}
      </Title>
      {data.isThin ? (
        <Alert color="gray" variant="light">
          {t('results.ranking.thin', { minimum: data.minimumPosts, count: data.measuredPosts })}
        </Alert>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('results.ranking.best')}
              </Text>
              {data.best.map(postLine)}
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('results.ranking.worst')}
              </Text>
              {data.worst.map(postLine)}
            </Stack>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {groupList(t('results.ranking.byNetwork'), data.byNetwork, networkLabel)}
            {groupList(t('results.ranking.byPillar'), data.byPillar, pillarLabel)}
            {groupList(t('results.ranking.byWeekday'), data.byWeekday, weekdayLabel)}
            {groupList(t('results.ranking.byHour'), data.byHour, (key) =>
              t('results.ranking.hour', { hour: key }),
            )}
          </SimpleGrid>
        </Stack>
      )}
    </Card>
  );
}
