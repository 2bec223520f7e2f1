import { Badge, Group, NumberInput, Paper, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../contracts/strategy.js';
import { toDisplayedKpiValue, toStoredKpiValue } from '../../../core/strategy/kpi-units.js';
import { EditDeleteActions } from '../../ui/edit-delete-actions.js';
import { notifyProblem } from '../../ui/notify.js';
import { formatIsoDate, formatKpiValue, kpiInputSuffix } from './kpi-format.js';
import { useStrategyWrite } from './strategy-queries.js';

const statusColors = {
  achieved: 'teal',
  on_track: 'blue',
  behind: 'orange',
  not_started: 'gray',
  overdue: 'red',
} as const;

/** One KPI: its definition in a line, the actual value typed in place, and where it stands. */
export function KpiRow({
  kpi,
  currency,
  workspaceId,
  canEdit,
  onEdit,
  onDelete,
}: {
  kpi: Kpi;
  currency: string;
  workspaceId: string;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const name = kpi.metric === 'custom' ? (kpi.label ?? '') : t(`budget.strategy.metrics.${kpi.metric}`);
  const value = (stored: number) => formatKpiValue(kpi.metric, stored, locale, currency);
  const facts = [
    t('budget.strategy.targetValue', { value: value(kpi.target) }),
    kpi.baseline !== null && t('budget.strategy.baselineValue', { value: value(kpi.baseline) }),
    kpi.startDate && t('budget.strategy.startValue', { value: formatIsoDate(kpi.startDate, locale) }),
    t('budget.strategy.dueValue', { value: formatIsoDate(kpi.dueDate, locale) }),
  ].filter(Boolean);

  return (
    <Paper withBorder p="xs" radius="sm" component="li" aria-label={name}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {name}
            </Text>
            <Badge size="sm" variant="outline" color="gray">
              {t(`budget.strategy.periods.${kpi.period}`)}
            </Badge>
            {kpi.direction === 'lower_is_better' && (
              <Badge size="sm" variant="outline" color="gray">
                {t('budget.strategy.directions.lower_is_better')}
              </Badge>
            )}
          </Group>
          {canEdit && (
            <EditDeleteActions
              editLabel={t('budget.strategy.editNamed', { name })}
              deleteLabel={t('budget.strategy.deleteNamed', { name })}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {facts.join(' · ')}
        </Text>
        <Group gap="sm" wrap="wrap" align="center">
          <ActualInput
            kpi={kpi}
            name={name}
            currency={currency}
            workspaceId={workspaceId}
            canEdit={canEdit}
          />
          {kpi.progress ? (
            <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 200px' }}>
              <Progress
                value={Math.round(kpi.progress.displayRatio * 100)}
                color={statusColors[kpi.progress.status]}
                style={{ flex: 1 }}
                aria-label={t('budget.strategy.progressOf', { name })}
              />
              <Text size="sm" fw={600} data-testid="kpi-progress">
                {new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
                  kpi.progress.ratio,
                )}
              </Text>
              {/* Shade 9 outline: light teal and orange badges fail the contrast on small text. */}
              <Badge
                color={`${statusColors[kpi.progress.status]}.9`}
                variant="outline"
                style={{ flexShrink: 0 }}
              >
                {t(`budget.strategy.status.${kpi.progress.status}`)}
              </Badge>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t('budget.strategy.noActual')}
            </Text>
          )}
        </Group>
        {kpi.progress && kpi.progress.status !== 'achieved' && (
          <Text size="xs" c="dimmed">
            {new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(
              kpi.progress.daysRemaining,
              'day',
            )}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The actual value, saved when the field is left (empty = not measured yet). */
function ActualInput({
  kpi,
  name,
  currency,
  workspaceId,
  canEdit,
}: {
  kpi: Kpi;
  name: string;
  currency: string;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'objectives');
  const shown = kpi.actual === null ? '' : toDisplayedKpiValue(kpi.metric, kpi.actual);
  const [typed, setTyped] = useState<number | string>(shown);
  useEffect(() => setTyped(shown), [shown]);

  function commit() {
    const actual = typeof typed === 'number' ? toStoredKpiValue(kpi.metric, typed) : null;
    if (actual === kpi.actual) return;
    write.mutate({ method: 'PATCH', path: `kpis/${kpi.id}`, body: { actual } }, { onError: notifyProblem });
  }

  if (kpi.isMeasured && kpi.actual !== null) {
    return (
      <Text size="sm" data-testid="kpi-measured">
        {t('results.kpiMeasured', { value: formatKpiValue(kpi.metric, kpi.actual, i18n.language, currency) })}
      </Text>
    );
  }
  if (!canEdit) {
    return (
      <Text size="sm">
        {t('budget.strategy.actualValue', {
          value:
            kpi.actual === null
              ? t('common.notSet')
              : formatKpiValue(kpi.metric, kpi.actual, i18n.language, currency),
        })}
      </Text>
    );
  }
  return (
    <NumberInput
      size="xs"
      w={140}
      label={t('budget.strategy.actual')}
      aria-label={t('budget.strategy.actualOf', { name })}
      value={typed}
      onChange={setTyped}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
      decimalSeparator={i18n.language.startsWith('fr') ? ',' : '.'}
      decimalScale={2}
      suffix={kpiInputSuffix(kpi.metric, currency, i18n.language)}
      hideControls
    />
  );
}
