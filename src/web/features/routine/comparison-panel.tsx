import { Box, Card, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.js';
import { formatHours } from './format-hours.js';
import { comparisonQueryOptions, useCategoryName } from './routine-queries.js';

/** The budget's hours per category next to the routine's, so a mismatch shows at a glance. */
export function ComparisonPanel({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const comparison = useQuery(comparisonQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const hours = (minutes: number) => formatHours(minutes, i18n.language);
  return (
    <Card withBorder radius="md" data-testid="routine-comparison">
      <Title order={2} size="h5" mb="sm">
        {t('routine.page.comparison')}
      </Title>
      {comparison.isPending && <Skeleton h={120} />}
      {comparison.isError && (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      )}
      {comparison.data && (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('routine.timer.category')}</Table.Th>
              <Table.Th ta="right">{t('routine.page.budgetH')}</Table.Th>
              <Table.Th ta="right">{t('routine.page.routineH')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.data.rows.map((row) => (
              <Table.Tr key={row.categoryId}>
                <Table.Th scope="row" fw={400}>
                  <Group gap={6} wrap="nowrap">
                    <Box
                      w={10}
                      h={10}
                      style={{
                        borderRadius: 5,
                        flexShrink: 0,
                        background: `var(--mantine-color-${row.color}-6)`,
                      }}
                    />
                    <Text size="sm">{categoryName(row)}</Text>
                  </Group>
                </Table.Th>
                <Table.Td ta="right">{hours(row.budgetMinutes)}</Table.Td>
                <Table.Td
                  ta="right"
                  // More routine than budget costs hours nobody planned: as visible as a shortfall.
                  // (Highlighted rather than orange text: orange on white falls under 4.5:1.)
                  c={row.differenceMinutes < 0 ? 'red.9' : undefined}
                  bg={row.differenceMinutes > 0 ? 'orange.1' : undefined}
                  fw={row.differenceMinutes !== 0 ? 700 : undefined}
                  title={
                    row.differenceMinutes === 0
                      ? undefined
                      : t(
                          row.differenceMinutes > 0 ? 'routine.page.overBudget' : 'routine.page.underBudget',
                          {
                            hours: hours(Math.abs(row.differenceMinutes)),
                          },
                        )
                  }
                >
                  {hours(row.routineMinutes)}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('routine.page.total')}</Table.Th>
              <Table.Td ta="right">{hours(comparison.data.totalBudgetMinutes)}</Table.Td>
              <Table.Td ta="right">{hours(comparison.data.totalRoutineMinutes)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      {comparison.data?.rows.some((row) => row.differenceMinutes !== 0) && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('routine.page.comparisonLegend')}
        </Text>
      )}
    </Card>
  );
}
