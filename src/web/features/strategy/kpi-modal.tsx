import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../contracts/strategy.js';
import {
  type KpiDirection,
  type KpiMetric,
  type KpiPeriod,
  kpiDirections,
  kpiMetricDefinitions,
  kpiMetrics,
  kpiPeriods,
} from '../../../core/strategy/kpi.js';
import { toDisplayedKpiValue, toStoredKpiValue } from '../../../core/strategy/kpi-units.js';
import { AppModal } from '../../ui/app-modal.js';
import { DateField } from '../../ui/date-field.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { kpiInputSuffix } from './kpi-format.js';
import { useStrategyWrite } from './strategy-queries.js';

type Draft = {
  objectiveId: string | null;
  metric: KpiMetric;
  label: string;
  direction: KpiDirection;
  target: number | string;
  baseline: number | string;
  period: KpiPeriod;
  startDate: string;
  dueDate: string;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function toDraft(kpi: Kpi | null, objectiveId: string | null): Draft {
  if (!kpi) {
    return {
      objectiveId,
      metric: 'followers',
      label: '',
      direction: 'higher_is_better',
      target: '',
      baseline: '',
      period: 'month',
      startDate: '',
      dueDate: '',
    };
  }
  return {
    objectiveId: kpi.objectiveId,
    metric: kpi.metric,
    label: kpi.label ?? '',
    direction: kpi.direction,
    target: toDisplayedKpiValue(kpi.metric, kpi.target),
    baseline: kpi.baseline === null ? '' : toDisplayedKpiValue(kpi.metric, kpi.baseline),
    period: kpi.period,
    startDate: kpi.startDate ?? '',
    dueDate: kpi.dueDate,
  };
}

/** What the modal is for: a new KPI (under an objective or none) or an existing one. */
export type KpiModalState = { kpi: Kpi } | { objectiveId: string | null } | null;

/**
 * A KPI's definition: metric, target (in euros or hours where it is stored in cents or minutes),
 * baseline, direction, period and dates. The actual value is typed on the KPI's row.
 */
export function KpiModal({
  state,
  objectives,
  today,
  currency,
  workspaceId,
  onClose,
}: {
  state: KpiModalState;
  objectives: { id: string; title: string }[];
  today: string;
  currency: string;
  workspaceId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const write = useStrategyWrite(workspaceId, 'objectives');
  const [draft, setDraft] = useState<Draft>(() => toDraft(null, null));
  const editing = state && 'kpi' in state ? state.kpi : null;

  useEffect(() => {
    if (state) setDraft('kpi' in state ? toDraft(state.kpi, null) : toDraft(null, state.objectiveId));
  }, [state]);

  const datesInOrder = !draft.startDate || !draft.dueDate || draft.startDate <= draft.dueDate;
  const isValid =
    typeof draft.target === 'number' &&
    isoDate.test(draft.dueDate) &&
    (draft.startDate === '' || isoDate.test(draft.startDate)) &&
    datesInOrder &&
    (draft.metric !== 'custom' || draft.label.trim() !== '');
  const numberProps = {
    decimalSeparator: locale.startsWith('fr') ? ',' : '.',
    decimalScale: 2,
    suffix: kpiInputSuffix(draft.metric, currency, locale),
  };

  function save() {
    if (!isValid || typeof draft.target !== 'number') return;
    const body = {
      objectiveId: draft.objectiveId,
      metric: draft.metric,
      label: draft.metric === 'custom' ? draft.label.trim() : null,
      direction: draft.direction,
      target: toStoredKpiValue(draft.metric, draft.target),
      baseline: typeof draft.baseline === 'number' ? toStoredKpiValue(draft.metric, draft.baseline) : null,
      period: draft.period,
      startDate: draft.startDate || null,
      dueDate: draft.dueDate,
    };
    write.mutate(
      editing
        ? { method: 'PATCH', path: `kpis/${editing.id}`, body }
        : { method: 'POST', path: 'kpis', body },
      {
        onSuccess: () => {
          notifySuccess(editing ? t('common.saved') : t('budget.strategy.kpiAdded'));
          onClose();
        },
        onError: notifyProblem,
      },
    );
  }

  return (
    <AppModal
      opened={state !== null}
      onClose={onClose}
      title={<Text fw={600}>{editing ? t('budget.strategy.editKpi') : t('budget.strategy.addKpi')}</Text>}
      size="lg"
    >
      <Stack>
        <Select
          label={t('budget.strategy.objective')}
          value={draft.objectiveId ?? ''}
          allowDeselect={false}
          onChange={(value) => setDraft({ ...draft, objectiveId: value || null })}
          data={[
            { value: '', label: t('budget.strategy.noObjective') },
            ...objectives.map((objective) => ({ value: objective.id, label: objective.title })),
          ]}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('budget.strategy.metric')}
            value={draft.metric}
            allowDeselect={false}
            onChange={(value) =>
              value &&
              setDraft({
                ...draft,
                metric: value as KpiMetric,
                direction: kpiMetricDefinitions[value as KpiMetric].defaultDirection,
              })
            }
            data={kpiMetrics.map((value) => ({ value, label: t(`budget.strategy.metrics.${value}`) }))}
            data-autofocus
          />
          {draft.metric === 'custom' && (
            <TextInput
              label={t('budget.strategy.metricLabel')}
              required
              value={draft.label}
              maxLength={200}
              onChange={(event) => setDraft({ ...draft, label: event.currentTarget.value })}
            />
          )}
          <Select
            label={t('budget.strategy.direction')}
            value={draft.direction}
            allowDeselect={false}
            onChange={(value) => value && setDraft({ ...draft, direction: value as KpiDirection })}
            data={kpiDirections.map((value) => ({ value, label: t(`budget.strategy.directions.${value}`) }))}
          />
          <NumberInput
            label={t('budget.strategy.target')}
            required
            value={draft.target}
            onChange={(target) => setDraft({ ...draft, target })}
            {...numberProps}
          />
          <NumberInput
            label={t('budget.strategy.baseline')}
            description={t('budget.strategy.baselineHint')}
            value={draft.baseline}
            onChange={(baseline) => setDraft({ ...draft, baseline })}
            {...numberProps}
          />
          <Select
            label={t('budget.strategy.period')}
            value={draft.period}
            allowDeselect={false}
            onChange={(value) => value && setDraft({ ...draft, period: value as KpiPeriod })}
            data={kpiPeriods.map((value) => ({ value, label: t(`budget.strategy.periods.${value}`) }))}
          />
          <DateField
            label={t('budget.strategy.startDate')}
            value={draft.startDate}
            error={datesInOrder ? undefined : t('budget.strategy.datesOutOfOrder')}
            onChange={(startDate) => setDraft({ ...draft, startDate })}
            clearable
          />
          <DateField
            label={t('budget.strategy.dueDate')}
            required
            {...(editing ? {} : { minDate: today })}
            value={draft.dueDate}
            onChange={(dueDate) => setDraft({ ...draft, dueDate })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} disabled={!isValid} loading={write.isPending}>
            {editing ? t('common.save') : t('budget.add')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
