import { Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { chartColor } from '../../ui/charts/chart-parts.js';
import { Sparkline } from '../../ui/charts/sparkline.js';
import { ErrorState } from '../../ui/error-state.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { useResultsFormat } from './results-format.js';
import { followersQueryOptions } from './results-queries.js';

/** Followers of the connected accounts: the latest count, the week's change and a month's line. */
export function FollowersSection({ workspace }: { workspace: { id: string; currency: string } }) {
  const { t } = useTranslation();
  const followers = useQuery(followersQueryOptions(workspace.id));
  const format = useResultsFormat(workspace.currency);
  if (followers.isPending) return <Skeleton h={120} radius="md" />;
  if (followers.isError)
    return <ErrorState error={followers.error} onRetry={() => void followers.refetch()} />;
  const { accounts, total, totalWeekChange } = followers.data;
  const signed = (change: number) => (change > 0 ? `+${format.decimal(change)}` : format.decimal(change));
  return (
    <Card withBorder radius="md" data-testid="followers">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4">
          {t('results.followers.title')}
        </Title>
        {total !== null && (
          <Text size="sm" fw={600}>
            {t('results.followers.total', { count: total, formatted: format.decimal(total) })}
            {totalWeekChange !== null &&
              ` · ${t('results.followers.week', { change: signed(totalWeekChange) })}`}
          </Text>
        )}
      </Group>
      {accounts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('results.followers.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {accounts.map((account) => (
            <Stack key={account.connectionId} gap={4}>
              <Group gap={6} wrap="nowrap">
                <NetworkIcon network={account.network as 'mastodon'} size={16} />
                <Text size="sm" fw={500} truncate>
                  {account.accountName}
                </Text>
              </Group>
              {account.followers === null ? (
                <Text size="xs" c="dimmed">
                  {t('results.followers.notRead')}
                </Text>
              ) : (
                <>
                  <Text size="sm">
                    {t('results.followers.total', { count: account.followers })}
                    {' · '}
                    {account.weekChange === null
                      ? t('results.followers.noWeek')
                      : t('results.followers.week', { change: signed(account.weekChange) })}
                  </Text>
                  {account.history.length > 1 && (
                    <Sparkline
                      values={account.history.map((reading) => reading.followers)}
                      label={t('results.followers.chart', { account: account.accountName })}
                      color={chartColor('blue.6')}
                    />
                  )}
                </>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
