import { Alert, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffortResults } from '../../../contracts/results-agency.js';
import { ErrorState } from '../../ui/error-state.js';
import { HelpBadge } from '../../ui/help-badge.js';
import { rightCell } from '../../ui/plain-table.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useKeyLabel, useResultsFormat } from './results-format.js';
import { effortQueryOptions, effortWeeks } from './results-queries.js';

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
    <EffortTable
      title={t('results.effort.bandsTitle')}
      columns={[
        t('results.effort.band'),
        t('results.effort.bandPosts'),
        t('results.effort.averageEngagement'),
        t('results.effort.outcomes'),
      ]}
    >
      {summary.bands.map((band) => (
        <Table.Tr key={band.key}>
          <Table.Td>{t(`results.effort.bands.${band.key as '0-15'}`)}</Table.Td>
          <td {...rightCell}>{band.posts}</td>
          <td {...rightCell}>{band.averageEngagement ?? '—'}</td>
          <td {...rightCell}>{band.outcomes}</td>
        </Table.Tr>
      ))}
    </EffortTable>
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
    <EffortTable
      title={t('results.effort.postsTitle')}
      columns={[
        t('results.effort.post'),
        t('results.effort.minutes'),
        t('results.effort.engagement'),
        t('results.effort.outcomes'),
      ]}
      emptyMessage={posts.length === 0 ? t('results.effort.noPosts') : null}
      minWidth={360}
    >
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
          <td {...rightCell}>{format.time(post.minutes)}</td>
          <td {...rightCell}>{post.engagement ?? '—'}</td>
          <td {...rightCell}>
            {post.revenueCents > 0 ? `${post.outcomes} · ${format.money(post.revenueCents)}` : post.outcomes}
          </td>
        </Table.Tr>
      ))}
    </EffortTable>
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
    <EffortTable
      title={t('results.effort.categoriesTitle')}
      help={t('results.effort.categoriesHelp')}
      columns={[
        t('results.effort.category'),
        t('results.effort.weeks'),
        t('results.effort.sameWeek'),
        t('results.effort.nextWeek'),
      ]}
      emptyMessage={data.categories.length === 0 ? t('results.effort.noCategories') : null}
      minWidth={560}
      isStriped
      testId="effort-categories"
    >
      {data.categories.map((category) => (
        <Table.Tr key={category.categoryId}>
          <Table.Td>{categoryLabel(category.categoryId)}</Table.Td>
          <td {...rightCell}>
            {category.heavierWeeks} / {category.lighterWeeks}
          </td>
          {category.isEnoughData ? (
            <>
              <td {...rightCell}>{versus(category.sameWeek)}</td>
              <td {...rightCell}>{versus(category.nextWeek)}</td>
            </>
          ) : (
            <Table.Td colSpan={2} ta="right">
              <HelpBadge
                label={t('results.effort.notEnough')}
                help={t('results.effort.notEnoughHelp', { minimum: data.thresholds.minimumWeeksPerSide })}
              />
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </EffortTable>
  );
}

/**
 * The shape every table of the section shares: a title (and a line of help), then either the
 * message for no rows or the table, whose first column names the row and the others are figures,
 * right-aligned. With `minWidth`, a narrow screen scrolls the table sideways instead of squeezing it.
 */
function EffortTable({
  title,
  help,
  columns: [rowHeader, ...figureHeaders],
  emptyMessage = null,
  minWidth,
  isStriped = false,
  testId,
  children,
}: {
  title: string;
  help?: string;
  columns: string[];
  emptyMessage?: string | null;
  minWidth?: number;
  isStriped?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const table = (
    <Table striped={isStriped} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{rowHeader}</Table.Th>
          {figureHeaders.map((header) => (
            <Table.Th key={header} ta="right">
              {header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return (
    <div>
      <Title order={3} size="h5" mb={help ? undefined : 'xs'}>
        {title}
      </Title>
      {help && (
        <Text size="xs" c="dimmed" mb="xs">
          {help}
        </Text>
      )}
      {emptyMessage !== null ? (
        <Text size="sm" c="dimmed">
          {emptyMessage}
        </Text>
      ) : minWidth ? (
        <Table.ScrollContainer minWidth={minWidth} type="native">
          {table}
        </Table.ScrollContainer>
      ) : (
        table
      )}
    </div>
  );
}
