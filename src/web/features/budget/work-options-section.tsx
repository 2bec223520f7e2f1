import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetView, WorkOption } from '../../../contracts/budget.js';
import { numberFormat } from '../../../core/format/number-format.js';
import { AppModal } from '../../ui/app-modal.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { EditDeleteActions } from '../../ui/edit-delete-actions.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useDeleteWorkOption } from './budget-queries.js';
import { formatHours, formatMoney } from './format.js';
import { WorkOptionForm } from './work-option-form.js';

/** The agencies, freelancers and hires the workspace compares itself with; managers edit them. */
export function WorkOptionsSection({
  view,
  workspaceId,
  canEdit,
}: {
  view: BudgetView;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const remove = useDeleteWorkOption(workspaceId);
  /** undefined = closed, null = a new option. */
  const [editing, setEditing] = useState<WorkOption | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<WorkOption | null>(null);
  const isPerformer = (option: WorkOption) =>
    view.performer?.type === 'option' && view.performer.optionId === option.id;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {t('budget.workOptions')}
          </Title>
          {canEdit && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing(null)}
            >
              {t('budget.addOption')}
            </Button>
          )}
        </Group>
        {view.options.length === 0 ? (
          <Text size="sm" c="dimmed">
            {canEdit ? t('budget.noOptions') : t('budget.noneYet')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {view.options.map((option) => (
              <WorkOptionRow
                key={option.id}
                option={option}
                currency={view.currency}
                canEdit={canEdit}
                onEdit={() => setEditing(option)}
                onDelete={() => setDeleting(option)}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <AppModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={
          <Text fw={600}>
            {editing ? t('budget.editOption', { name: editing.label }) : t('budget.addOption')}
          </Text>
        }
      >
        {editing !== undefined && (
          <WorkOptionForm
            key={editing?.id ?? 'new'}
            workspaceId={workspaceId}
            currency={view.currency}
            option={editing}
            onDone={() => setEditing(undefined)}
          />
        )}
      </AppModal>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('budget.deleteOptionTitle', { name: deleting?.label ?? '' })}
        confirmLabel={t('budget.delete')}
        isPending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('budget.optionDeleted'));
              setDeleting(null);
            },
            onError: notifyProblem,
          })
        }
      >
        {deleting && isPerformer(deleting) ? t('budget.deletePerformerBody') : t('budget.deleteOptionBody')}
      </ConfirmModal>
    </Paper>
  );
}

function WorkOptionRow({
  option,
  currency,
  canEdit,
  onEdit,
  onDelete,
}: {
  option: WorkOption;
  currency: string;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <Paper component="li" withBorder p="xs" radius="sm">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {option.label}
            </Text>
            <Badge size="sm" variant="light" color="gray">
              {t(`budget.kinds.${option.kind}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {describePricing(option.pricing, currency, locale, t)}
            {/* An hourly price already says what an hour costs. */}
            {!isHourly(option.pricing) &&
              ` · ${t('budget.hourlyValue', { value: formatMoney(option.hourlyCents, currency, locale) })}`}
          </Text>
        </Stack>
        {canEdit && (
          <EditDeleteActions
            editLabel={t('budget.editOption', { name: option.label })}
            deleteLabel={t('budget.deleteOptionTitle', { name: option.label })}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        )}
      </Group>
    </Paper>
  );
}

const isHourly = (pricing: WorkOption['pricing']) =>
  pricing.kind === 'member' || pricing.kind === 'agency_hourly';

/** "900 € / mois pour 12,5 h", "450 € / jour (7 h)", "2 500 € / mois × 1,45"… */
function describePricing(
  pricing: WorkOption['pricing'],
  currency: string,
  locale: string,
  t: TFunction,
): string {
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const number = (value: number) => numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  switch (pricing.kind) {
    case 'member':
    case 'agency_hourly':
      return t('budget.pricing.hourly', { amount: money(pricing.hourlyCents) });
    case 'agency_retainer':
      return t('budget.pricing.retainer', {
        amount: money(pricing.monthlyRetainerCents),
        hours: formatHours(pricing.includedMinutesPerMonth, locale),
      });
    case 'freelancer':
      return t('budget.pricing.day', {
        amount: money(pricing.dayRateCents),
        hours: formatHours(pricing.workMinutesPerDay ?? 7 * 60, locale),
      });
    case 'salaried':
      return t(`budget.pricing.salary_${pricing.salaryPeriod}`, {
        amount: money(pricing.salaryCents),
        charges: number(pricing.employerChargesMultiplier),
      });
  }
}
