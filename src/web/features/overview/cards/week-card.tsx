import { Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatReadableDuration } from '../../../../core/overview/setup-steps.js';
import { formatCents } from '../../../ui/money.js';
import { AnchorLink } from '../../../ui/router-links.js';
import { categoriesQueryOptions, useCategoryName } from '../../routine/routine-queries.js';
import { plannedVsActualQueryOptions } from '../../tracking/tracking-queries.js';
import { OverviewCardFrame } from '../overview-card-frame.js';
import type { OverviewCardProps } from '../overview-cards.js';

/** This week's tracked time against the budget, per category, with what it cost. */
export function WeekCard({ workspace, weekStart, span }: OverviewCardProps) {
  const { t, i18n } = useTranslation();
  const report = useQuery(plannedVsActualQueryOptions(workspace.id, weekStart));
  const categories = useQuery(categoriesQueryOptions(workspace.id));
  const categoryName = useCategoryName();
  const state = report.isPending ? 'loading' : report.isError ? 'error' : 'ready';
  const rows = (report.data?.rows ?? []).filter(
    (row) => row.budgetMinutes > 0 || row.routineMinutes > 0 || row.trackedSeconds > 0,
  );
  const totals = report.data?.totals;
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-week"
      title={t('overview.week.title')}
      icon={
        <ThemeIcon variant="light" color="teal" aria-hidden>
          <IconChartBar size={18} />
        </ThemeIcon>
      }
      state={state}
      action={
        <AnchorLink to="/w/$workspaceId/time" params={{ workspaceId: workspace.id }} size="sm">
          {t('overview.week.details')}
        </AnchorLink>
      }
    >
      {totals && report.data && (
        <>
          <Text fw={700} size="lg" data-testid="overview-week-total">
            {t('overview.week.trackedOfBudget', {
              tracked: formatReadableDuration(totals.trackedSeconds),
              budget: formatReadableDuration(totals.budgetMinutes * 60),
            })}
          </Text>
          {totals.trackedSeconds > 0 && (
            <Text size="sm" c="dimmed">
              {t('overview.week.cost', {
                cost: formatCents(totals.trackedCostCents, report.data.currency, i18n.language),
              })}
            </Text>
          )}
          {rows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('overview.week.empty')}
            </Text>
          )}
          <Stack gap="xs">
            {rows.map((row) => {
              const category = categories.data?.find((item) => item.id === row.categoryId);
              const name = categoryName(category);
              const goal = Math.max(row.budgetMinutes, row.routineMinutes) * 60;
              const share = goal === 0 ? 100 : Math.min(100, (row.trackedSeconds / goal) * 100);
              return (
                <Stack key={row.categoryId} gap={2}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm" fw={500} truncate>
                      {name}
                    </Text>
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      {formatReadableDuration(row.trackedSeconds)} /{' '}
                      {formatReadableDuration(row.budgetMinutes * 60)}
                    </Text>
                  </Group>
                  <Progress
                    value={share}
                    color={category?.color ?? 'teal'}
                    size="sm"
                    aria-label={`${name} : ${formatReadableDuration(row.trackedSeconds)} / ${formatReadableDuration(row.budgetMinutes * 60)}`}
                  />
                </Stack>
              );
            })}
          </Stack>
        </>
      )}
    </OverviewCardFrame>
  );
}
