import { Badge, Card, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BudgetView } from '../../../contracts/budget.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { pageSelectComboboxProps } from '../../ui/page-select.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { useSetPerformer } from './budget-queries.js';
import { formatMoney } from './format.js';

/** What the budgeted hours cost with the chosen performer, and with everyone else side by side. */
export function CostSection({
  view,
  workspaceId,
  canEdit,
}: {
  view: BudgetView;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = (cents: number) => formatMoney(cents, view.currency, locale);

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('budget.cost')}
        </Title>
        <PerformerSelect view={view} workspaceId={workspaceId} canEdit={canEdit} />
        {view.cost ? (
          <SimpleGrid cols={{ base: 1, xs: 3 }} data-testid="budget-cost">
            {(
              [
                ['perWeek', view.cost.weeklyCents],
                ['perMonth', view.cost.monthlyCents],
                ['perYear', view.cost.yearlyCents],
              ] as const
            ).map(([key, cents]) => (
              // Label and amount on one line: three short cards instead of three tall ones on a phone.
              <Card key={key} withBorder padding="sm">
                <Group justify="space-between" align="baseline" gap="xs">
                  <Text size="sm" c="dimmed">
                    {t(`budget.${key}`)}
                  </Text>
                  <Text fz="xl" fw={700}>
                    {money(cents)}
                  </Text>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        ) : (
          <Text c="dimmed" size="sm">
            {t('budget.noCost')}
          </Text>
        )}
        {view.comparison.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('budget.comparison')}
            </Title>
            {/* Scrolls sideways on a phone: focusable and named, so keyboards can scroll it too. */}
            <Table.ScrollContainer
              minWidth={560}
              type="native"
              tabIndex={0}
              role="region"
              aria-label={t('budget.comparison')}
            >
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('budget.who')}</Table.Th>
                    <Table.Th>{t('budget.kind')}</Table.Th>
                    <Table.Th ta="right">{t('budget.perHour')}</Table.Th>
                    <Table.Th ta="right">{t('budget.perWeek')}</Table.Th>
                    <Table.Th ta="right">{t('budget.perMonth')}</Table.Th>
                    <Table.Th ta="right">{t('budget.perYear')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.comparison.map((row) => (
                    <Table.Tr key={`${row.kind}:${row.id}`} fw={row.isPerformer ? 600 : undefined}>
                      <Table.Td>
                        <Group gap="xs">
                          {row.label}
                          {row.isPerformer && (
                            <Badge size="xs" variant="light">
                              {t('budget.current')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{t(`budget.kinds.${row.kind}`)}</Table.Td>
                      <Table.Td ta="right">{money(row.hourlyCents)}</Table.Td>
                      <Table.Td ta="right">{money(row.weeklyCents)}</Table.Td>
                      <Table.Td ta="right">{money(row.monthlyCents)}</Table.Td>
                      <Table.Td ta="right">{money(row.yearlyCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function PerformerSelect({
  view,
  workspaceId,
  canEdit,
}: {
  view: BudgetView;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  // Only a manager picks the performer; a viewer just reads who it is.
  const members = useQuery({ ...membersQueryOptions(workspaceId), enabled: canEdit });
  const setPerformer = useSetPerformer(workspaceId);
  const money = (cents: number) => formatMoney(cents, view.currency, i18n.language);

  const data = [
    {
      group: t('budget.members'),
      items: (members.data ?? [])
        .filter((member) => member.hourlyCostCents !== null && member.role !== 'viewer')
        .map((member) => ({
          value: `member:${member.userId}`,
          label: `${member.name} (${money(member.hourlyCostCents ?? 0)}/h)`,
        })),
    },
    {
      group: t('budget.options'),
      items: view.options.map((option) => ({
        value: `option:${option.id}`,
        label: `${option.label} (${money(option.hourlyCents)}/h)`,
      })),
    },
  ].filter((group) => group.items.length > 0);
  const value = view.performer
    ? view.performer.type === 'member'
      ? `member:${view.performer.userId}`
      : `option:${view.performer.optionId}`
    : null;

  function choose(choice: string | null) {
    if (!choice) return;
    const [type, id = ''] = choice.split(':');
    setPerformer.mutate(
      type === 'member' ? { type: 'member', userId: id } : { type: 'option', optionId: id },
      {
        onSuccess: () => notifySuccess(t('common.saved')),
        onError: notifyProblem,
      },
    );
  }

  if (!canEdit) {
    return (
      <Text size="sm">
        {t('budget.performer')} <b>{view.performer?.label ?? t('common.notSet')}</b>
      </Text>
    );
  }
  return (
    <Select
      label={t('budget.performer')}
      placeholder={t('budget.performerPlaceholder')}
      data={data}
      value={value}
      onChange={choose}
      allowDeselect={false}
      disabled={setPerformer.isPending}
      maw={420}
      comboboxProps={pageSelectComboboxProps}
    />
  );
}
