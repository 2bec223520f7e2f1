import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canSeeInAgencyTable, minimumWorkspacesForAgencyTable } from '../../../core/access/index.js';
import { workspacesQueryOptions } from '../workspaces/workspaces-queries.js';
import { agencyBudgetsQueryOptions } from './budget-queries.js';
import { formatHours, formatMoney } from './format.js';

/** For people who manage two workspaces or more: every workspace's budget side by side. */
export function AgencyBudgets() {
  const { t, i18n } = useTranslation();
  const workspaces = useQuery(workspacesQueryOptions);
  const managed = (workspaces.data ?? []).filter((item) => canSeeInAgencyTable(item.role));
  const isShown = managed.length >= minimumWorkspacesForAgencyTable;
  const budgets = useQuery({ ...agencyBudgetsQueryOptions, enabled: isShown });
  if (!isShown || !budgets.data) return null;
  const locale = i18n.language;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {t('budget.agencyTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('budget.agencySubtitle')}
          </Text>
        </div>
        <Table.ScrollContainer
          minWidth={420}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('budget.agencyTitle')}
        >
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('budget.workspace')}</Table.Th>
                <Table.Th ta="right">{t('budget.hoursPerWeek')}</Table.Th>
                <Table.Th ta="right">{t('budget.costPerMonth')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {budgets.data.rows.map((row) => (
                <Table.Tr key={row.workspaceId}>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td ta="right">{formatHours(row.totalWeeklyMinutes, locale)}</Table.Td>
                  <Table.Td ta="right">
                    {row.cost ? formatMoney(row.cost.monthlyCents, row.currency, locale) : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={600}>
                <Table.Td>{t('budget.totalRow')}</Table.Td>
                <Table.Td ta="right">{formatHours(budgets.data.totals.totalWeeklyMinutes, locale)}</Table.Td>
                <Table.Td ta="right">
                  {budgets.data.totals.costsByCurrency
                    .map((item) => formatMoney(item.monthlyCents, item.currency, locale))
                    .join(' + ') || '—'}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
