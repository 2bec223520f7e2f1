import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClockPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BatchPlan } from '../../../contracts/content-work.js';
import { NetworkIcon } from '../../ui/network-icon.js';

/** Posts to write beyond the week's free slots: they would be ready, without a date. */
const slotsShortOf = (line: BatchPlan['networks'][number]) =>
  Math.max(0, line.missing - line.openSlots.length);

/**
 * Per network: the week's posts against the target, and the posting slots still empty. When
 * fewer slots are left than posts to write, it says so before the session (the extra posts would
 * be ready without a date) and, for those who can, opens the slots to add one.
 */
export function BatchWeekPanel({ plan, onAddSlots }: { plan: BatchPlan; onAddSlots?: () => void }) {
  const { t, i18n } = useTranslation();
  const formatSlot = (instant: string) =>
    new Date(instant).toLocaleString(i18n.language, {
      timeZone: plan.timeZone,
      weekday: 'long',
      hour: 'numeric',
      minute: '2-digit',
    });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="batch-week-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="batch-week-title">
          {t('content.batch.weekTitle')}
        </Title>
        {plan.networks.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('content.batch.noNetworks')}
          </Text>
        )}
        {plan.networks.map((line) => (
          <Stack key={line.network} gap={4} data-testid={`batch-line-${line.network}`}>
            <Group justify="space-between" wrap="nowrap">
              <Group gap={6} wrap="nowrap">
                <NetworkIcon network={line.network} size={16} />
                <Text fw={600} size="sm">
                  {t(`networks.${line.network}`)}
                </Text>
              </Group>
              <Text size="sm">
                {line.target === null
                  ? t('content.batch.countNoTarget', { count: line.published + line.scheduled })
                  : t('content.batch.count', {
                      count: line.published + line.scheduled,
                      target: line.target,
                    })}
              </Text>
            </Group>
            {line.missing > 0 ? (
              <Badge color="orange" variant="light" size="sm">
                {t('content.batch.missing', { count: line.missing })}
              </Badge>
            ) : (
              line.target !== null && (
                <Badge color="teal" variant="light" size="sm">
                  {t('content.batch.onTarget')}
                </Badge>
              )
            )}
            {line.openSlots.length > 0 ? (
              <List size="sm" spacing={2} aria-label={t('content.batch.openSlots')}>
                {line.openSlots.map((slot) => (
                  <List.Item key={slot.instant}>{formatSlot(slot.instant)}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="xs" c="dimmed">
                {t('content.batch.noOpenSlot')}
              </Text>
            )}
            {slotsShortOf(line) > 0 && (
              <Text
                size="xs"
                c="var(--cadence-color-warning)"
                data-testid={`batch-slots-short-${line.network}`}
              >
                {t('content.batch.slotsShort', { count: slotsShortOf(line) })}
              </Text>
            )}
          </Stack>
        ))}
        {onAddSlots && plan.networks.some((line) => slotsShortOf(line) > 0) && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconClockPlus size={14} aria-hidden />}
            onClick={onAddSlots}
          >
            {t('content.batch.addSlots')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
