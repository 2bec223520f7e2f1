import { Alert, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { IconBolt, IconFlame } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NetworkRegularityView } from '../../../contracts/regularity.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';

/** What a network's gap says, in words; null when there is nothing to warn about. */
export function useGapMessage() {
  const { t, i18n } = useTranslation();
  const day = (date: string) =>
    formatLocalDate(date, i18n.language, { weekday: 'long', day: 'numeric', month: 'long' });
  return (line: NetworkRegularityView, today: string): string | null => {
    if (line.target === null || !line.silentFrom) return null;
    if (line.gap === 'overdue') return t('regularity.gap.overdue', { date: day(line.silentFrom) });
    if (line.gap === 'coming') {
      if (line.silentFrom === today) return t('regularity.gap.comingToday');
      return line.resumesOn
        ? t('regularity.gap.comingUntil', { date: day(line.silentFrom), until: day(line.resumesOn) })
        : t('regularity.gap.coming', { date: day(line.silentFrom) });
    }
    return t('regularity.gap.none', { date: day(line.silentFrom) });
  };
}

/** One network: this week against the target, the streak, and the coming silence if any. */
export function NetworkRegularityLine({ line, today }: { line: NetworkRegularityView; today: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const gapMessage = useGapMessage()(line, today);
  const done = line.thisWeek.published + line.thisWeek.scheduled;
  const day = (date: string) => formatLocalDate(date, i18n.language, { day: 'numeric', month: 'short' });
  return (
    <Stack gap={6} data-testid={`regularity-${line.network}`}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6}>
          <NetworkIcon network={line.network} size={16} />
          <Text size="sm" fw={600}>
            {t(`networks.${line.network}`)}
          </Text>
        </Group>
        {line.target !== null && (
          <Badge
            variant="light"
            color={line.streakWeeks > 0 ? 'teal' : 'gray'}
            leftSection={<IconFlame size={12} aria-hidden />}
          >
            {line.streakWeeks > 0
              ? t('regularity.streak', { count: line.streakWeeks })
              : t('regularity.noStreak')}
          </Badge>
        )}
      </Group>
      <Text size="sm">
        {line.target === null
          ? t('regularity.thisWeekNoTarget', { done })
          : t('regularity.thisWeek', { done, target: number.format(line.target) })}
        {line.thisWeek.scheduled > 0 && ` (${t('regularity.planned', { count: line.thisWeek.scheduled })})`}
        {line.thisWeek.missing > 0 && ` · ${t('regularity.missing', { count: line.thisWeek.missing })}`}
      </Text>
      {line.thisWeek.isRush && line.target !== null && (
        <Group gap={4} wrap="nowrap" data-testid={`regularity-rush-${line.network}`}>
          <IconBolt size={14} color="var(--mantine-color-orange-7)" aria-hidden style={{ flexShrink: 0 }} />
          <Text size="xs">{t('regularity.rushThisWeek')}</Text>
        </Group>
      )}
      {line.target !== null && line.target > 0 && (
        <Progress.Root size="sm" aria-hidden>
          <Progress.Section
            value={Math.min(100, (line.thisWeek.published * 100) / line.target)}
            color="teal"
          />
          <Progress.Section
            value={Math.min(100, (line.thisWeek.scheduled * 100) / line.target)}
            color="indigo.3"
          />
        </Progress.Root>
      )}
      <Text size="xs" c="dimmed">
        {line.lastPublishedOn
          ? t('regularity.lastPost', { date: day(line.lastPublishedOn) })
          : t('regularity.neverPosted')}
        {line.nextScheduledOn && ` · ${t('regularity.nextPost', { date: day(line.nextScheduledOn) })}`}
      </Text>
      {gapMessage && line.gap !== 'none' && (
        <Alert
          color={line.gap === 'overdue' ? 'red' : 'orange'}
          variant="light"
          p="xs"
          data-testid={`regularity-gap-${line.network}`}
        >
          <Text size="sm" c="dark.9">
            {gapMessage}
          </Text>
        </Alert>
      )}
      {gapMessage && line.gap === 'none' && (
        <Text size="xs" c="teal.9">
          {gapMessage}
        </Text>
      )}
    </Stack>
  );
}
