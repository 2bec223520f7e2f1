import {
  Alert,
  Badge,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EffortResults } from '../../../contracts/results-agency.js';
import { ErrorState } from '../../ui/error-state.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useKeyLabel, useResultsFormat } from './results-format.js';
import { effortQueryOptions } from './results-queries.js';

/** Weeks looked back: half a year gives each category enough weeks on both sides of its median. */
const effortWeeks = 26;
const postsShown = 10;

/** Effort against results: each post's minutes beside what it earned, and which kinds of time are followed by results. */
export function EffortSection({ workspace }: { workspace: { id: string; currency: string } }) {
  const { t } = useTranslation();
  const effort = useQuery(effortQueryOptions(workspace.id, effortWeeks));
  const format = useResultsFormat(workspace.currency);
  if (effort.isPending) return <Skeleton h={200} radius="md" />;
  if (effort.isError) return <ErrorState error={effort.error} onRetry={() => void effort.refetch()} />;
  const { summary, thresholds } = effort.data;

  return (
    <Card withBorder radius="md" data-testid="results-effort">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('results.effort.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('results.effort.subtitle', { weeks: effortWeeks })}
          </Text>
        </div>
        <Group gap="lg" align="flex-end">
          <div>
            <Text size="xs" c="dimmed">
              {t('results.effort.minutesPerEngagement')}
            </Text>
            <Text fw={700} fz="xl" data-testid="effort-ratio">
              {summary.minutesPerEngagement === null || summary.isThin
                ? '—'
                : format.decimal(summary.minutesPerEngagement)}
            </Text>
          </div>
          <Text size="sm" c="dimmed">
            {t('results.effort.sample', {
              measured: summary.measuredPosts,
              withEffort: summary.postsWithEffort,
            })}
          </Text>
        </Group>
        {summary.isThin && (
          <Alert color="gray" variant="light" data-testid="effort-thin">
            {t('results.effort.thin', { minimum: thresholds.minimumPosts })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <BandsTable summary={summary} />
          <PostsTable workspaceId={workspace.id} posts={effort.data.posts} format={format} />
        </SimpleGrid>
        <CategoriesTable workspaceId={workspace.id} data={effort.data} format={format} />
      </Stack>
    </Card>
  );
}

function BandsTable({ summary }: { summary: EffortResults['summary'] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {t('results.effort.bandsTitle')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.effort.band')}</Table.Th>
            <Table.Th ta="right">{t('results.effort.bandPosts')}</Table.Th>
            <Table.Th ta="right">{t('results.effort.averageEngagement')}</Table.Th>
            <Table.Th ta="right">{t('results.effort.outcomes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.bands.map((band) => (
            <Table.Tr key={band.key}>
              <Table.Td>{t(`results.effort.bands.${band.key as '0-15'}`)}</Table.Td>
              <Table.Td ta="right">{band.posts}</Table.Td>
              <Table.Td ta="right">{band.averageEngagement ?? '—'}</Table.Td>
              <Table.Td ta="right">{band.outcomes}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function PostsTable({
  workspaceId,
  posts,
  format,
}: {
  workspaceId: string;
  posts: EffortResults['posts'];
  format: ReturnType<typeof useResultsFormat>;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {t('results.effort.postsTitle')}
      </Title>
      {posts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('results.effort.noPosts')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360} type="native">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.effort.post')}</Table.Th>
                <Table.Th ta="right">{t('results.effort.minutes')}</Table.Th>
                <Table.Th ta="right">{t('results.effort.engagement')}</Table.Th>
                <Table.Th ta="right">{t('results.effort.outcomes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {posts.slice(0, postsShown).map((post) => (
                <Table.Tr key={post.postId}>
                  <Table.Td maw={220}>
                    <AnchorLink
                      to="/w/$workspaceId/posts/$postId"
                      params={{ workspaceId, postId: post.postId }}
                      size="sm"
                      lineClamp={1}
                    >
                      {post.text}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td ta="right">{format.time(post.minutes)}</Table.Td>
                  <Table.Td ta="right">{post.engagement ?? '—'}</Table.Td>
                  <Table.Td ta="right">
                    {post.revenueCents > 0
                      ? `${post.outcomes} · ${format.money(post.revenueCents)}`
                      : post.outcomes}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}

function CategoriesTable({
  workspaceId,
  data,
  format,
}: {
  workspaceId: string;
  data: EffortResults;
  format: ReturnType<typeof useResultsFormat>;
}) {
  const { t } = useTranslation();
  const categoryLabel = useKeyLabel(workspaceId, 'category');
  const versus = (side: { heavier: { outcomes: number }; lighter: { outcomes: number } }) =>
    t('results.effort.versus', {
      heavier: format.decimal(side.heavier.outcomes),
      lighter: format.decimal(side.lighter.outcomes),
    });
  return (
    <div>
      <Title order={3} size="h5">
        {t('results.effort.categoriesTitle')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('results.effort.categoriesHelp')}
      </Text>
      {data.categories.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('results.effort.noCategories')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table striped data-testid="effort-categories">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.effort.category')}</Table.Th>
                <Table.Th ta="right">{t('results.effort.weeks')}</Table.Th>
                <Table.Th ta="right">{t('results.effort.sameWeek')}</Table.Th>
                <Table.Th ta="right">{t('results.effort.nextWeek')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.categories.map((category) => (
                <Table.Tr key={category.categoryId}>
                  <Table.Td>{categoryLabel(category.categoryId)}</Table.Td>
                  <Table.Td ta="right">
                    {category.heavierWeeks} / {category.lighterWeeks}
                  </Table.Td>
                  {category.isEnoughData ? (
                    <>
                      <Table.Td ta="right">{versus(category.sameWeek)}</Table.Td>
                      <Table.Td ta="right">{versus(category.nextWeek)}</Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={2} ta="right">
                      <Tooltip
                        label={t('results.effort.notEnoughHelp', {
                          minimum: data.thresholds.minimumWeeksPerSide,
                        })}
                        multiline
                        w={260}
                      >
                        <Badge color="gray" variant="light" size="sm" tabIndex={0}>
                          {t('results.effort.notEnough')}
                        </Badge>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
