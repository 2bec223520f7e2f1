import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOption } from '../../../contracts/budget.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useCreateWorkOption, useUpdateWorkOption } from './budget-queries.js';
import {
  draftOf,
  optionKindOf,
  type PricingKind,
  pricingKinds,
  pricingOf,
  type WorkOptionDraft,
} from './work-option-draft.js';

/**
 * Someone who could do the work instead of the members: an agency (hourly or on a retainer), a
 * freelancer (day rate) or an employee (salary plus employer charges). Creates, or edits `option`.
 */
export function WorkOptionForm({
  workspaceId,
  currency,
  option,
  onDone,
}: {
  workspaceId: string;
  currency: string;
  option: WorkOption | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateWorkOption(workspaceId);
  const update = useUpdateWorkOption(workspaceId);
  const [draft, setDraft] = useState<WorkOptionDraft>(() => draftOf(option, i18n.language));
  const [showErrors, setShowErrors] = useState(false);
  const result = pricingOf(draft);
  const invalid = 'invalid' in result ? result.invalid : null;
  const labelMissing = draft.label.trim().length === 0;
  const errorOf = (field: 'amount' | 'hours' | 'charges') =>
    showErrors && invalid === field ? t(`budget.optionErrors.${field}`) : undefined;

  function submit() {
    setShowErrors(true);
    if (labelMissing || !('pricing' in result)) return;
    const body = { kind: optionKindOf[draft.kind], label: draft.label.trim(), pricing: result.pricing };
    const done = {
      onSuccess: () => {
        notifySuccess(option ? t('common.saved') : t('budget.optionAdded'));
        onDone();
      },
      onError: notifyProblem,
    };
    if (option) update.mutate({ id: option.id, body }, done);
    else create.mutate(body, done);
  }

  const amountLabel = {
    agency_hourly: t('budget.hourlyRate'),
    agency_retainer: t('budget.retainer'),
    freelancer: t('budget.dayRate'),
    salaried: t('budget.salary'),
  }[draft.kind];

  return (
    <Stack>
      <TextInput
        label={t('budget.optionLabel')}
        placeholder={t('budget.optionPlaceholder')}
        required
        value={draft.label}
        maxLength={80}
        error={showErrors && labelMissing ? t('validation.required') : undefined}
        onChange={(event) => setDraft({ ...draft, label: event.currentTarget.value })}
        data-autofocus
      />
      <Select
        label={t('budget.optionKind')}
        value={draft.kind}
        allowDeselect={false}
        onChange={(value) => value && setDraft({ ...draft, kind: value as PricingKind })}
        data={pricingKinds.map((value) => ({ value, label: t(`budget.optionKinds.${value}`) }))}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label={`${amountLabel} (${currency})`}
          inputMode="decimal"
          required
          value={draft.amount}
          error={errorOf('amount')}
          onChange={(event) => setDraft({ ...draft, amount: event.currentTarget.value })}
        />
        {draft.kind === 'agency_retainer' && (
          <TextInput
            label={t('budget.includedHours')}
            inputMode="decimal"
            required
            value={draft.hours}
            error={errorOf('hours')}
            onChange={(event) => setDraft({ ...draft, hours: event.currentTarget.value })}
          />
        )}
        {draft.kind === 'freelancer' && (
          <TextInput
            label={t('budget.hoursPerDay')}
            inputMode="decimal"
            placeholder="7"
            value={draft.hours}
            error={errorOf('hours')}
            onChange={(event) => setDraft({ ...draft, hours: event.currentTarget.value })}
          />
        )}
        {draft.kind === 'salaried' && (
          <>
            <Select
              label={t('budget.salaryPeriod')}
              value={draft.salaryPeriod}
              allowDeselect={false}
              onChange={(value) => value && setDraft({ ...draft, salaryPeriod: value as 'month' | 'year' })}
              data={[
                { value: 'month', label: t('budget.month') },
                { value: 'year', label: t('budget.year') },
              ]}
            />
            <TextInput
              label={t('budget.charges')}
              description={t('budget.chargesHint')}
              inputMode="decimal"
              value={draft.charges}
              error={errorOf('charges')}
              onChange={(event) => setDraft({ ...draft, charges: event.currentTarget.value })}
            />
          </>
        )}
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={create.isPending || update.isPending}>
          {option ? t('common.save') : t('budget.add')}
        </Button>
      </Group>
    </Stack>
  );
}
