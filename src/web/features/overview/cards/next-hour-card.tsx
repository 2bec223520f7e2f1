import { Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCompass } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/router-links.js';
import { useResultsFormat } from '../../results/results-format.js';
import { nextHourQueryOptions } from '../../results/results-queries.js';
import { OverviewCardFrame } from '../overview-card-frame.js';
import type { OverviewCardProps } from '../overview-cards.js';

/**
 * "Where the next hour should go": the network whose tracked hours brought the most over the last
 * twelve weeks, with every network's sample shown, and no advice from too little data.
 */
export function NextHourCard({ workspace, span }: OverviewCardProps) {
  const { t } = useTranslation();
  const nextHour = useQuery(nextHourQueryOptions(workspace.id));
  const format = useResultsFormat(workspace.currency);
  const state = nextHour.isPending ? 'loading' : nextHour.isError ? 'error' : 'ready';
  const data = nextHour.data;
  const networkName = (network: string) =>
    t(`networks.${network}` as 'networks.linkedin', { defaultValue: network });
  const rateOf = (network: string) => data?.rates.find((rate) => rate.network === network);
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-next-hour"
      title={t('results.nextHour.title')}
      icon={
        <ThemeIcon variant="light" color="teal" aria-hidden>
          <IconCompass size={18} />
        </ThemeIcon>
      }
      state={state}
      action={
        <AnchorLink to="/w/$workspaceId/results" params={{ workspaceId: workspace.id }} size="sm">
          {t('results.nextHour.open')}
        </AnchorLink>
      }
    >
      {data && (
        <Stack gap="xs">
          {data.rates.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('results.nextHour.nothing')}
            </Text>
          ) : data.suggestion.kind === 'suggest' ? (
            <Text size="sm" fw={500} data-testid="next-hour-suggestion">
              {t('results.nextHour.suggest', {
                network: networkName(data.suggestion.network),
                perHour: format.money(rateOf(data.suggestion.network)?.revenuePerHourCents ?? 0),
                weeks: data.weeks,
                other: networkName(data.suggestion.comparedWith),
                otherPerHour: format.money(rateOf(data.suggestion.comparedWith)?.revenuePerHourCents ?? 0),
              })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" data-testid="next-hour-too-little">
              {t('results.nextHour.tooLittle', {
                hours: format.time(data.thresholds.minimumMinutes),
                outcomes: data.thresholds.minimumOutcomes,
                weeks: data.weeks,
              })}
            </Text>
          )}
          {data.rates.map((rate) => (
            <Group key={rate.network} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={500}>
                {networkName(rate.network)}
              </Text>
              <Group gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t('results.nextHour.sample', {
                    time: format.time(rate.minutes),
                    count: rate.outcomes,
                    outcomes: rate.outcomes,
                    perHour: format.money(rate.revenuePerHourCents),
                  })}
                </Text>
                {!rate.isEnough && (
                  <Badge size="xs" color="gray" variant="light" style={{ flexShrink: 0 }}>
                    {t('results.nextHour.notEnough')}
                  </Badge>
                )}
              </Group>
            </Group>
          ))}
          {data.rates.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('results.nextHour.how')}
            </Text>
          )}
        </Stack>
      )}
    </OverviewCardFrame>
  );
}
