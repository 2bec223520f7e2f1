import { Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pricing } from '../../../contracts/budget.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useCreateWorkOption } from './budget-queries.js';

type PricingKind = 'agency_hourly' | 'freelancer' | 'salaried';

/** Someone who could do the work instead: an agency, a freelancer or an employee. */
export function WorkOptionForm({ workspaceId, currency }: { workspaceId: string; currency: string }) {
  const { t } = useTranslation();
  const create = useCreateWorkOption(workspaceId);
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<PricingKind>('agency_hourly');
  const [amount, setAmount] = useState<number | string>('');
  const [period, setPeriod] = useState<'month' | 'year'>('month');
  const [charges, setCharges] = useState<number | string>(1.45);

  const cents = typeof amount === 'number' ? Math.round(amount * 100) : null;
  const isValid = label.trim().length > 0 && cents !== null && cents >= 0;

  function submit() {
    if (!isValid || cents === null) return;
    const pricing: Pricing =
      kind === 'agency_hourly'
        ? { kind, hourlyCents: cents }
        : kind === 'freelancer'
          ? { kind, dayRateCents: cents }
          : {
              kind,
              salaryCents: cents,
              salaryPeriod: period,
              employerChargesMultiplier: typeof charges === 'number' ? charges : 1,
            };
    const optionKind =
      kind === 'agency_hourly' ? 'agency' : kind === 'freelancer' ? 'freelancer' : 'employee';
    create.mutate(
      { kind: optionKind, label: label.trim(), pricing },
      {
        onSuccess: () => {
          notifySuccess(t('budget.optionAdded'));
          setLabel('');
          setAmount('');
        },
        onError: notifyProblem,
      },
    );
  }

  const amountLabel =
    kind === 'agency_hourly'
      ? t('budget.hourlyRate')
      : kind === 'freelancer'
        ? t('budget.dayRate')
        : t('budget.salary');

  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap="xs">
        <Text fw={600}>{t('budget.addOption')}</Text>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('budget.optionLabel')}
            value={label}
            maxLength={80}
            onChange={(event) => setLabel(event.currentTarget.value)}
          />
          <Select
            label={t('budget.optionKind')}
            value={kind}
            allowDeselect={false}
            onChange={(value) => value && setKind(value as PricingKind)}
            data={(['agency_hourly', 'freelancer', 'salaried'] as const).map((value) => ({
              value,
              label: t(`budget.optionKinds.${value}`),
            }))}
          />
          <NumberInput
            label={`${amountLabel} (${currency})`}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={2}
            w={160}
          />
          {kind === 'salaried' && (
            <>
              <Select
                label={t('budget.salaryPeriod')}
                value={period}
                allowDeselect={false}
                onChange={(value) => value && setPeriod(value as 'month' | 'year')}
                data={[
                  { value: 'month', label: t('budget.month') },
                  { value: 'year', label: t('budget.year') },
                ]}
                w={120}
              />
              <NumberInput
                label={t('budget.charges')}
                value={charges}
                onChange={setCharges}
                min={1}
                max={5}
                step={0.05}
                decimalScale={2}
                w={200}
              />
            </>
          )}
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={submit}
            disabled={!isValid}
            loading={create.isPending}
          >
            {t('budget.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
