import { Button, Card, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi, Objective, ObjectivesView } from '../../../contracts/strategy.js';
import { AppModal } from '../../ui/app-modal.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { EditDeleteActions } from '../../ui/edit-delete-actions.js';
import { ErrorState } from '../../ui/error-state.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import type { KpiModalState } from './kpi-modal.js';
import { KpiRow } from './kpi-row.js';
import { objectivesQueryOptions, useStrategyWrite } from './strategy-queries.js';

// Fetched when first opened: its date and number fields are not part of the page's first drawing.
const KpiModal = lazy(() => import('./kpi-modal.js').then((module) => ({ default: module.KpiModal })));

type Deleting =
  | { kind: 'objective'; objective: ObjectivesView['objectives'][number] }
  | { kind: 'kpi'; kpi: Kpi };

/** Objectives, each measured by KPIs with a target, a period and a due date. */
export function ObjectivesSection({
  workspaceId,
  currency,
  canEdit,
}: {
  workspaceId: string;
  currency: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const objectives = useQuery(objectivesQueryOptions(workspaceId));
  const write = useStrategyWrite(workspaceId, 'objectives');
  const [kpiModal, setKpiModal] = useState<KpiModalState>(null);
  const kpiModalWanted = useOpenedOnce(kpiModal !== null);
  /** undefined = closed, null = a new objective. */
  const [editing, setEditing] = useState<Objective | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const data = objectives.data;

  const kpiList = (kpis: Kpi[]) =>
    kpis.length > 0 && (
      <Stack gap="xs" component="ul" p={0} m={0} mt="sm" style={{ listStyle: 'none' }}>
        {kpis.map((kpi) => (
          <KpiRow
            key={kpi.id}
            kpi={kpi}
            currency={currency}
            workspaceId={workspaceId}
            canEdit={canEdit}
            onEdit={() => setKpiModal({ kpi })}
            onDelete={() => setDeleting({ kind: 'kpi', kpi })}
          />
        ))}
      </Stack>
    );

  function confirmDelete() {
    if (!deleting) return;
    const path =
      deleting.kind === 'objective' ? `objectives/${deleting.objective.id}` : `kpis/${deleting.kpi.id}`;
    write.mutate(
      { method: 'DELETE', path },
      {
        onSuccess: () => {
          notifySuccess(t('budget.strategy.deleted'));
          setDeleting(null);
        },
        onError: notifyProblem,
      },
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {t('budget.strategy.objectives')}
          </Title>
          {canEdit && (
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setKpiModal({ objectiveId: null })}
              >
                {t('budget.strategy.addKpi')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEditing(null)}
              >
                {t('budget.strategy.addObjective')}
              </Button>
            </Group>
          )}
        </Group>
        {objectives.isError && (
          <ErrorState error={objectives.error} onRetry={() => void objectives.refetch()} />
        )}
        {data && data.objectives.length === 0 && data.kpis.length === 0 && (
          <Text size="sm" c="dimmed">
            {canEdit ? t('budget.strategy.noObjectives') : t('budget.noneYet')}
          </Text>
        )}
        {data?.objectives.map((objective) => (
          <Card key={objective.id} withBorder padding="md" component="section" aria-label={objective.title}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Title order={3} size="h5">
                  {objective.title}
                </Title>
                {objective.description && (
                  <Text size="sm" c="dimmed">
                    {objective.description}
                  </Text>
                )}
              </div>
              {canEdit && (
                <EditDeleteActions
                  editLabel={t('budget.strategy.editNamed', { name: objective.title })}
                  deleteLabel={t('budget.strategy.deleteNamed', { name: objective.title })}
                  onEdit={() => setEditing(objective)}
                  onDelete={() => setDeleting({ kind: 'objective', objective })}
                />
              )}
            </Group>
            {kpiList(objective.kpis)}
            {objective.kpis.length === 0 && (
              <Text size="sm" c="dimmed" mt="xs">
                {t('budget.strategy.noKpis')}
              </Text>
            )}
            {canEdit && (
              <Group mt="sm">
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setKpiModal({ objectiveId: objective.id })}
                  aria-label={t('budget.strategy.addKpiTo', { name: objective.title })}
                >
                  {t('budget.strategy.addKpi')}
                </Button>
              </Group>
            )}
          </Card>
        ))}
        {data && data.kpis.length > 0 && (
          <Card withBorder padding="md" component="section" aria-label={t('budget.strategy.unattached')}>
            <Title order={3} size="h5">
              {t('budget.strategy.unattached')}
            </Title>
            {kpiList(data.kpis)}
          </Card>
        )}
      </Stack>
      <ObjectiveModal objective={editing} workspaceId={workspaceId} onClose={() => setEditing(undefined)} />
      {kpiModalWanted && (
        <Suspense fallback={null}>
          <KpiModal
            state={kpiModal}
            objectives={data?.objectives ?? []}
            today={data?.today ?? ''}
            currency={currency}
            workspaceId={workspaceId}
            onClose={() => setKpiModal(null)}
          />
        </Suspense>
      )}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={confirmDelete}
        isPending={write.isPending}
        confirmLabel={t('budget.strategy.delete')}
        title={
          deleting?.kind === 'objective'
            ? t('budget.strategy.deleteNamedQuestion', { name: deleting.objective.title })
            : t('budget.strategy.deleteKpiQuestion')
        }
      >
        {deleting?.kind === 'objective'
          ? t('budget.strategy.deleteObjectiveBody', { count: deleting.objective.kpis.length })
          : t('budget.strategy.deleteKpiBody')}
      </ConfirmModal>
    </Paper>
  );
}

/** Creates an objective, or renames and redescribes `objective`. */
function ObjectiveModal({
  objective,
  workspaceId,
  onClose,
}: {
  /** undefined = closed, null = a new objective. */
  objective: Objective | null | undefined;
  workspaceId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={objective !== undefined}
      onClose={onClose}
      title={
        <Text fw={600}>
          {objective
            ? t('budget.strategy.editNamed', { name: objective.title })
            : t('budget.strategy.addObjective')}
        </Text>
      }
    >
      {objective !== undefined && (
        <ObjectiveForm
          key={objective?.id ?? 'new'}
          objective={objective}
          workspaceId={workspaceId}
          onDone={onClose}
        />
      )}
    </AppModal>
  );
}

function ObjectiveForm({
  objective,
  workspaceId,
  onDone,
}: {
  objective: Objective | null;
  workspaceId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'objectives');
  const [title, setTitle] = useState(objective?.title ?? '');
  const [description, setDescription] = useState(objective?.description ?? '');

  function save() {
    if (title.trim().length === 0) return;
    const body = { title: title.trim(), description: description.trim() };
    write.mutate(
      objective
        ? { method: 'PATCH', path: `objectives/${objective.id}`, body }
        : { method: 'POST', path: 'objectives', body },
      {
        onSuccess: () => {
          notifySuccess(objective ? t('common.saved') : t('budget.strategy.objectiveAdded'));
          onDone();
        },
        onError: notifyProblem,
      },
    );
  }

  return (
    <Stack>
      <TextInput
        label={t('budget.strategy.objectiveTitle')}
        placeholder={t('budget.strategy.objectivePlaceholder')}
        required
        maxLength={120}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        data-autofocus
      />
      <GrowingTextarea
        label={t('budget.strategy.description')}
        minRows={2}
        maxLength={4000}
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={save} loading={write.isPending} disabled={title.trim().length === 0}>
          {objective ? t('common.save') : t('budget.add')}
        </Button>
      </Group>
    </Stack>
  );
}
