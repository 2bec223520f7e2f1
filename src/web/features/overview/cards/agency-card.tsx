import { Table, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canSeeInAgencyTable, minimumWorkspacesForAgencyTable } from '../../../../core/access/index.js';
import { formatReadableDuration } from '../../../../core/overview/setup-steps.js';
import { AnchorLink } from '../../../ui/router-links.js';
import { plannedVsActualQueryOptions } from '../../tracking/tracking-queries.js';
import { todayIn, weekStartOf } from '../../tracking/workspace-dates.js';
import { useCurrentWorkspace } from '../../workspaces/use-current-workspace.js';
import { workspacesQueryOptions } from '../../workspaces/workspaces-queries.js';
import { OverviewCardFrame } from '../overview-card-frame.js';
import type { OverviewCardProps } from '../overview-cards.js';

/**
 * For a person in several workspaces (an agency and its clients): this week in each, side by side,
 * with the totals. The demo workspace is left out of the rows and the totals alike.
 */
export function AgencyCard({ span }: OverviewCardProps) {
  const { t } = useTranslation();
  const current = useCurrentWorkspace();
  const workspaces = useQuery(workspacesQueryOptions);
  const real = (workspaces.data ?? []).filter((workspace) => !workspace.isDemo);
  const reports = useQueries({
    queries: real.map((workspace) =>
      plannedVsActualQueryOptions(workspace.id, weekStartOf(todayIn(workspace.timeZone))),
    ),
  });
  if (real.length < 2) return null;
  const loaded = reports.every((report) => report.data);
  const total = (pick: (index: number) => number) =>
    real.reduce((sum, _workspace, index) => sum + pick(index), 0);
  const trackedSeconds = total((index) => reports[index]?.data?.totals.trackedSeconds ?? 0);
  const budgetMinutes = total((index) => reports[index]?.data?.totals.budgetMinutes ?? 0);
  const done = total((index) => reports[index]?.data?.adherence.done ?? 0);
  const settled = total((index) => reports[index]?.data?.adherence.planned ?? 0);
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-agency"
      title={t('overview.agency.title')}
      icon={
        <ThemeIcon variant="light" color="orange" aria-hidden>
          <IconBuildingStore size={18} />
        </ThemeIcon>
      }
      state={loaded ? 'ready' : reports.some((report) => report.isError) ? 'error' : 'loading'}
    >
      <Text size="sm" c="dimmed">
        {t('overview.agency.subtitle')}
      </Text>
      <Table.ScrollContainer minWidth={360} type="native">
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('overview.agency.workspace')}</Table.Th>
              <Table.Th ta="right">{t('overview.agency.tracked')}</Table.Th>
              <Table.Th ta="right">{t('overview.agency.budget')}</Table.Th>
              <Table.Th ta="right">{t('overview.agency.kept')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {real.map((workspace, index) => {
              const report = reports[index]?.data;
              return (
                <Table.Tr key={workspace.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/w/$workspaceId"
                      params={{ workspaceId: workspace.id }}
                      aria-label={t('overview.agency.open', { name: workspace.name })}
                    >
                      {workspace.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td ta="right">{formatReadableDuration(report?.totals.trackedSeconds ?? 0)}</Table.Td>
                  <Table.Td ta="right">
                    {formatReadableDuration((report?.totals.budgetMinutes ?? 0) * 60)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {report ? `${report.adherence.done} / ${report.adherence.planned}` : '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr fw={600}>
              <Table.Td>{t('overview.agency.total')}</Table.Td>
              <Table.Td ta="right">{formatReadableDuration(trackedSeconds)}</Table.Td>
              <Table.Td ta="right">{formatReadableDuration(budgetMinutes * 60)}</Table.Td>
              <Table.Td ta="right">
                {done} / {settled}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {real.filter((workspace) => canSeeInAgencyTable(workspace.role)).length >=
        minimumWorkspacesForAgencyTable && (
        <AnchorLink
          to="/w/$workspaceId/results/agency"
          params={{ workspaceId: current.id }}
          size="sm"
          data-testid="overview-agency-roi"
        >
          {t('results.agency.open')}
        </AnchorLink>
      )}
    </OverviewCardFrame>
  );
}
