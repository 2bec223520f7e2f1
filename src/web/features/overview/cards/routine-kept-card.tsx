import { Group, RingProgress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/router-links.js';
import { occurrencesQueryOptions } from '../../routine/routine-queries.js';
import { addDaysToDate } from '../../tracking/workspace-dates.js';
import { OverviewCardFrame } from '../overview-card-frame.js';
import type { OverviewCardProps } from '../overview-cards.js';

/** How much of this week's routine was kept so far: done against what is over (done, skipped, missed). */
export function RoutineKeptCard({ workspace, weekStart, span }: OverviewCardProps) {
  const { t, i18n } = useTranslation();
  const week = useQuery(occurrencesQueryOptions(workspace.id, weekStart, addDaysToDate(weekStart, 6)));
  const adherence = week.data?.adherence;
  const state = week.isPending ? 'loading' : week.isError ? 'error' : 'ready';
  // No routine this week: nothing to keep, and the checklist already leads to the routine.
  if (week.data && week.data.occurrences.length === 0) return null;
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-kept"
      title={t('overview.kept.title')}
      icon={
        <ThemeIcon variant="light" color="grape" aria-hidden>
          <IconCalendarCheck size={18} />
        </ThemeIcon>
      }
      state={state}
      action={
        // Blocks to mark are today's (an earlier day's unmarked block is missed): Today marks them.
        adherence && adherence.toMark > 0 ? (
          <AnchorLink to="/w/$workspaceId/today" params={{ workspaceId: workspace.id }} size="sm">
            {t('overview.kept.markToday')}
          </AnchorLink>
        ) : undefined
      }
    >
      {adherence && (
        <Group gap="lg" wrap="nowrap" align="center">
          <RingProgress
            size={96}
            thickness={10}
            roundCaps
            aria-hidden
            sections={adherence.ratio === null ? [] : [{ value: adherence.ratio * 100, color: 'teal' }]}
            label={
              <Text ta="center" fw={700} size="sm">
                {adherence.ratio === null
                  ? '—'
                  : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(adherence.ratio)}
              </Text>
            }
          />
          <Stack gap={2}>
            <Text fw={600}>
              {adherence.planned === 0
                ? t(adherence.toMark > 0 ? 'overview.kept.noneMarked' : 'overview.kept.noneSettled')
                : t('overview.kept.ratio', {
                    done: adherence.done,
                    settled: adherence.planned,
                    count: adherence.done,
                  })}
            </Text>
            <Text size="sm" c="dimmed">
              {[
                adherence.skipped > 0 && t('overview.kept.skipped', { count: adherence.skipped }),
                adherence.missed > 0 && t('overview.kept.missed', { count: adherence.missed }),
                adherence.toMark > 0 && t('overview.kept.toMark', { count: adherence.toMark }),
                adherence.pending > 0 && t('overview.kept.toCome', { count: adherence.pending }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('overview.kept.help')}
            </Text>
          </Stack>
        </Group>
      )}
    </OverviewCardFrame>
  );
}
