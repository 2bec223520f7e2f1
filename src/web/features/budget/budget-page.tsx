import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconEye, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetView, Category } from '../../../contracts/budget.js';
import type { BudgetPresetKey } from '../../../core/budget/presets.js';
import { AppModal } from '../../ui/app-modal.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { AgencyBudgets } from './agency-budgets.js';
import {
  budgetQueryOptions,
  useApplyPreset,
  useCreateCategory,
  useSetBudget,
  useSetPerformer,
  useUpdateCategory,
} from './budget-queries.js';
import { categoryLabel, formatHours, formatMoney, hoursToMinutes } from './format.js';
import { WorkOptionForm } from './work-option-form.js';

export function BudgetPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const budget = useQuery(budgetQueryOptions(workspace.id));
  // Every change to the budget is a manager's (the API refuses the others).
  const canEdit = workspace.canManage;

  return (
    <Stack gap="lg">
      <PageHeader title={t('budget.title')} subtitle={t('budget.subtitle')} />
      {!canEdit && (
        <Alert variant="light" color="gray" icon={<IconEye aria-hidden />}>
          {t('budget.readOnly')}
        </Alert>
      )}
      {budget.isPending && <Skeleton h={240} radius="md" />}
      {budget.isError && <ErrorState error={budget.error} onRetry={() => void budget.refetch()} />}
      {budget.data && (
        <BudgetContent
          view={budget.data}
          workspaceId={workspace.id}
          canEdit={canEdit}
          canManage={workspace.canManage}
        />
      )}
      <AgencyBudgets />
    </Stack>
  );
}

function BudgetContent({
  view,
  workspaceId,
  canEdit,
  canManage,
}: {
  view: BudgetView;
  workspaceId: string;
  canEdit: boolean;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const setBudget = useSetBudget(workspaceId);
  const applyPreset = useApplyPreset(workspaceId);
  const updateCategory = useUpdateCategory(workspaceId);
  const createCategory = useCreateCategory(workspaceId);
  const [draft, setDraft] = useState<Record<string, number>>({});
  const [confirming, setConfirming] = useState<BudgetPresetKey | null>(null);
  const [renaming, setRenaming] = useState<Category | null>(null);
  const [newName, setNewName] = useState('');
  const [newCategory, setNewCategory] = useState('');

  // A fresh view from the server replaces what was typed.
  useEffect(() => {
    setDraft(Object.fromEntries(view.categories.map((category) => [category.id, category.weeklyMinutes])));
  }, [view]);

  const active = view.categories.filter((category) => !category.isArchived);
  const archived = view.categories.filter((category) => category.isArchived);
  const draftTotal = active.reduce(
    (sum, category) => sum + (draft[category.id] ?? category.weeklyMinutes),
    0,
  );
  const isDirty = active.some(
    (category) => (draft[category.id] ?? category.weeklyMinutes) !== category.weeklyMinutes,
  );

  function save() {
    setBudget.mutate(
      {
        lines: active.map((category) => ({
          categoryId: category.id,
          weeklyMinutes: draft[category.id] ?? 0,
        })),
      },
      { onSuccess: () => notifySuccess(t('common.saved')), onError: notifyProblem },
    );
  }

  function confirmPreset() {
    if (!confirming) return;
    applyPreset.mutate(confirming, {
      onSuccess: () => notifySuccess(t('budget.applied')),
      onError: notifyProblem,
      onSettled: () => setConfirming(null),
    });
  }

  function rename() {
    if (!renaming || newName.trim().length === 0) return;
    updateCategory.mutate(
      { id: renaming.id, body: { name: newName.trim() } },
      { onSuccess: () => setRenaming(null), onError: notifyProblem },
    );
  }

  function addCategory() {
    if (newCategory.trim().length === 0) return;
    createCategory.mutate(
      { name: newCategory.trim() },
      { onSuccess: () => setNewCategory(''), onError: notifyProblem },
    );
  }

  return (
    <>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('budget.categories')}
            </Title>
            <Badge size="lg" variant="light">
              {t('budget.total', { hours: formatHours(draftTotal, locale) })}
            </Badge>
          </Group>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs">
              <Table.Tbody>
                {active.map((category) => (
                  <Table.Tr key={category.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Badge color={category.color} variant="dot" size="lg">
                          {categoryLabel(category, t)}
                        </Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td w={180}>
                      <NumberInput
                        aria-label={`${categoryLabel(category, t)} (${t('budget.hoursPerWeek')})`}
                        value={(draft[category.id] ?? category.weeklyMinutes) / 60}
                        onChange={(value) =>
                          setDraft((current) => ({
                            ...current,
                            [category.id]: hoursToMinutes(
                              typeof value === 'number' ? value : Number(value) || 0,
                            ),
                          }))
                        }
                        step={0.25}
                        min={0}
                        max={168}
                        decimalScale={2}
                        decimalSeparator={locale.startsWith('fr') ? ',' : '.'}
                        suffix=" h"
                        readOnly={!canEdit}
                        size="xs"
                      />
                    </Table.Td>
                    <Table.Td w={90}>
                      {canEdit && category.referenceKey === null && (
                        <Group gap={4} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('budget.rename')}
                            onClick={() => {
                              setRenaming(category);
                              setNewName(category.name ?? '');
                            }}
                          >
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('budget.archive')}
                            onClick={() =>
                              updateCategory.mutate(
                                { id: category.id, body: { isArchived: true } },
                                { onError: notifyProblem },
                              )
                            }
                          >
                            <IconArchive size={16} aria-hidden />
                          </ActionIcon>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {canEdit && (
            <Group justify="space-between" align="flex-end">
              <Group gap="xs" align="flex-end">
                <TextInput
                  label={t('budget.addCategory')}
                  placeholder={t('budget.categoryName')}
                  value={newCategory}
                  maxLength={60}
                  onChange={(event) => setNewCategory(event.currentTarget.value)}
                />
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={addCategory}
                  loading={createCategory.isPending}
                  disabled={newCategory.trim().length === 0}
                >
                  {t('budget.add')}
                </Button>
              </Group>
              <Button onClick={save} disabled={!isDirty} loading={setBudget.isPending}>
                {t('budget.saveHours')}
              </Button>
            </Group>
          )}
          {archived.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {t('budget.archived')}
              </Text>
              <Group gap="xs">
                {archived.map((category) => (
                  <Badge
                    key={category.id}
                    color="gray"
                    variant="outline"
                    rightSection={
                      canEdit && (
                        <ActionIcon
                          size="xs"
                          variant="transparent"
                          aria-label={`${t('budget.unarchive')} ${categoryLabel(category, t)}`}
                          onClick={() =>
                            updateCategory.mutate(
                              { id: category.id, body: { isArchived: false } },
                              { onError: notifyProblem },
                            )
                          }
                        >
                          <IconArrowBackUp size={12} aria-hidden />
                        </ActionIcon>
                      )
                    }
                  >
                    {categoryLabel(category, t)}
                  </Badge>
                ))}
              </Group>
            </Stack>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('budget.presets')}
        </Title>
        <Table.ScrollContainer minWidth={420}>
          <Table>
            <Table.Tbody>
              {view.presets.map((preset) => (
                <Table.Tr key={preset.presetKey}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={500}>{t(`budget.presetNames.${preset.presetKey}`)}</Text>
                      {view.closestPreset === preset.presetKey && (
                        <Badge size="sm" variant="light" color="teal">
                          {t('budget.closest')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatHours(preset.presetMinutes, locale)}</Table.Td>
                  <Table.Td>
                    {t('budget.differenceValue', {
                      value: formatHours(preset.differenceMinutes, locale, true),
                    })}
                  </Table.Td>
                  <Table.Td ta="right">
                    {canEdit && (
                      <Button size="xs" variant="light" onClick={() => setConfirming(preset.presetKey)}>
                        {t('budget.apply')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <CostSection view={view} workspaceId={workspaceId} canManage={canManage} canEdit={canEdit} />

      <ConfirmModal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        onConfirm={confirmPreset}
        title={t('budget.applyTitle', { name: confirming ? t(`budget.presetNames.${confirming}`) : '' })}
        confirmLabel={t('budget.apply')}
        isPending={applyPreset.isPending}
      >
        {t('budget.applyBody')}
      </ConfirmModal>
      <AppModal opened={renaming !== null} onClose={() => setRenaming(null)} title={t('budget.rename')}>
        <Stack>
          <TextInput
            label={t('budget.categoryName')}
            value={newName}
            maxLength={60}
            onChange={(event) => setNewName(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRenaming(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={rename} loading={updateCategory.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}

function CostSection({
  view,
  workspaceId,
  canManage,
  canEdit,
}: {
  view: BudgetView;
  workspaceId: string;
  canManage: boolean;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const members = useQuery(membersQueryOptions(workspaceId));
  const setPerformer = useSetPerformer(workspaceId);
  const money = (cents: number) => formatMoney(cents, view.currency, locale);

  const performerData = [
    {
      group: t('budget.members'),
      items: (members.data ?? [])
        .filter((member) => member.hourlyCostCents !== null)
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
  ];
  const performerValue = view.performer
    ? view.performer.type === 'member'
      ? `member:${view.performer.userId}`
      : `option:${view.performer.optionId}`
    : null;

  function choose(value: string | null) {
    if (!value) return;
    const [type, id = ''] = value.split(':');
    setPerformer.mutate(
      type === 'member' ? { type: 'member', userId: id } : { type: 'option', optionId: id },
      {
        onSuccess: () => notifySuccess(t('common.saved')),
        onError: notifyProblem,
      },
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('budget.cost')}
        </Title>
        <Select
          label={t('budget.performer')}
          placeholder={t('budget.performerPlaceholder')}
          data={performerData}
          value={performerValue}
          onChange={choose}
          disabled={!canManage || setPerformer.isPending}
          maw={420}
        />
        {view.cost ? (
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            {(
              [
                ['perWeek', view.cost.weeklyCents],
                ['perMonth', view.cost.monthlyCents],
                ['perYear', view.cost.yearlyCents],
              ] as const
            ).map(([key, cents]) => (
              <Card key={key} withBorder padding="sm">
                <Text size="sm" c="dimmed">
                  {t(`budget.${key}`)}
                </Text>
                <Text fz="xl" fw={700}>
                  {money(cents)}
                </Text>
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
            <Table.ScrollContainer minWidth={560}>
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
        {canEdit && <WorkOptionForm workspaceId={workspaceId} currency={view.currency} />}
      </Stack>
    </Paper>
  );
}
