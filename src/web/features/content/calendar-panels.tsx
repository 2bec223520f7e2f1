import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarPost } from '../../../contracts/content-calendar.js';
import type { StrategyView } from '../../../contracts/strategy.js';
import { computePillarBalance } from '../../../core/content/pillar-balance.js';
import { computeWeekProgress } from '../../../core/content/week-targets.js';
import { NetworkIcon } from '../../ui/network-icon.js';

/** Posts that count: placed in time and not abandoned (drafts and ready ones are only plans). */
const counts = (post: CalendarPost) =>
  post.scheduledAt !== null && !['draft', 'ready', 'awaiting_approval'].includes(post.status);

/** Per network, this week: published and scheduled against the strategy's target. */
export function WeekProgressPanel(props: WeekProgressProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('content.calendar.weekProgress')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('content.calendar.weekProgressHelp')}
        </Text>
        <WeekProgressLines {...props} />
      </Stack>
    </Paper>
  );
}

type WeekProgressProps = {
  posts: readonly CalendarPost[];
  strategy: StrategyView;
  weekStart: string;
  timeZone: string;
};

/** One line per network: published and scheduled this week, against the target when there is one. */
export function WeekProgressLines({ posts, strategy, weekStart, timeZone }: WeekProgressProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const lines = computeWeekProgress({
    weekStart,
    zone: timeZone,
    targets: strategy.networks,
    versions: posts.filter(counts).flatMap((post) =>
      post.versions.map((version) => ({
        network: version.network,
        isPublished: version.status === 'published',
        at: version.publishedAt ?? post.scheduledAt,
      })),
    ),
  });
  return lines.map((line) => {
    const done = line.published + line.scheduled;
    return (
      <Stack key={line.network} gap={2} data-testid={`week-progress-${line.network}`}>
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <NetworkIcon network={line.network} size={16} />
            <Text size="sm">{t(`networks.${line.network}`)}</Text>
          </Group>
          <Text size="sm" fw={600}>
            {line.target === null
              ? `${done} · ${t('content.calendar.noTarget')}`
              : t('content.calendar.progressLine', { done, target: number.format(line.target) })}
          </Text>
        </Group>
        {line.target !== null && line.target > 0 && (
          <Progress.Root size="sm" aria-hidden>
            <Progress.Section value={Math.min(100, (line.published * 100) / line.target)} color="teal" />
            <Progress.Section value={Math.min(100, (line.scheduled * 100) / line.target)} color="indigo.3" />
          </Progress.Root>
        )}
      </Stack>
    );
  });
}

/** The month's share of posts per pillar against the pillars' target shares. */
export function PillarBalancePanel({
  posts,
  strategy,
}: {
  posts: readonly CalendarPost[];
  strategy: StrategyView;
}) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const balance = computePillarBalance(posts.filter(counts), strategy.pillars);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('content.calendar.balance')}
        </Title>
        {strategy.pillars.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('content.calendar.noPillars')}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('content.calendar.balanceHelp')}
            </Text>
            <SimpleGrid cols={1} spacing={6}>
              {balance.lines.map((line) => {
                const pillar = strategy.pillars.find((item) => item.id === line.pillarId);
                return (
                  <Stack key={line.pillarId} gap={2}>
                    <Group justify="space-between" gap="xs">
                      <Text size="sm">{pillar?.name}</Text>
                      <Text size="sm" c={Math.abs(line.gapPercent) > 10 ? 'orange.8' : undefined}>
                        {t('content.calendar.balanceLine', {
                          actual: percent.format(line.actualPercent),
                          target: line.targetPercent,
                        })}
                      </Text>
                    </Group>
                    <Progress value={line.actualPercent} size="sm" aria-hidden />
                  </Stack>
                );
              })}
            </SimpleGrid>
            {balance.postsWithoutPillar > 0 && (
              <Text size="xs" c="dimmed">
                {t('content.calendar.withoutPillar', { count: balance.postsWithoutPillar })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
