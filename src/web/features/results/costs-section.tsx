import {
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { Cost } from '../../../contracts/results.js';
import { addMonths } from '../../../core/results/months.js';
import { AppModal } from '../../ui/app-modal.js';
import { EditDeleteActions } from '../../ui/edit-delete-actions.js';
import { ErrorState } from '../../ui/error-state.js';
import { centsToAmountInput, parseAmountToCents } from '../../ui/money.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useNetworkOptions } from '../tracking/use-tracking-options.js';
import { useResultsFormat } from './results-format.js';
import { costsQueryOptions, type MonthRange, useDeleteCost, useSaveCost } from './results-queries.js';

const costKinds = ['tools', 'advertising', 'agency', 'freelance'] as const;
type Editing = { cost: Cost | null } | null;

/** Subscriptions, advertising and fees per month: what the money besides the hours paid for. */
export function CostsSection({
  workspace,
  range,
  canManage,
}: {
  workspace: { id: string; currency: string };
  range: MonthRange;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const costs = useQuery(costsQueryOptions(workspace.id, range));
  const remove = useDeleteCost(workspace.id);
  const format = useResultsFormat(workspace.currency);
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <Card withBorder radius="md">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h4">
          {t('results.costs.title')}
        </Title>
        {canManage && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing({ cost: null })}
          >
            {t('results.costs.add')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('results.costs.subtitle')}
      </Text>
      {costs.isPending && <Skeleton h={60} />}
      {costs.isError && <ErrorState error={costs.error} onRetry={() => void costs.refetch()} />}
      {costs.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('results.costs.empty')}
        </Text>
      )}
      <Stack gap={6} data-testid="costs-list">
        {costs.data?.map((cost) => (
          <Group key={cost.id} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" miw={0}>
              <Text size="sm" c="dimmed" w={70}>
                {format.period(cost.month)}
              </Text>
              <Text size="sm" fw={500}>
                {cost.label}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`results.costs.kinds.${cost.kind}`)}
                {cost.network ? ` · ${t(`networks.${cost.network}`)}` : ''}
              </Text>
              <Text size="sm" fw={600}>
                {format.money(cost.amountCents)}
              </Text>
            </Group>
            {canManage && (
              <EditDeleteActions
                editLabel={`${t('results.costs.edit')} · ${cost.label}`}
                deleteLabel={`${t('results.costs.delete')} · ${cost.label}`}
                onEdit={() => setEditing({ cost })}
                onDelete={() =>
                  remove.mutate(cost.id, {
                    onSuccess: () => notifySuccess(t('results.costs.deleted')),
                    onError: notifyProblem,
                  })
                }
              />
            )}
          </Group>
        ))}
      </Stack>
      {editing && (
        <CostModal
          workspace={workspace}
          cost={editing.cost}
          defaultMonth={range.to}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

function CostModal({
  workspace,
  cost,
  defaultMonth,
  onClose,
}: {
  workspace: { id: string; currency: string };
  cost: Cost | null;
  defaultMonth: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const networkOptions = useNetworkOptions();
  const save = useSaveCost(workspace.id);
  const [month, setMonth] = useState(cost?.month ?? defaultMonth);
  const [kind, setKind] = useState<Cost['kind']>(cost?.kind ?? 'tools');
  const [label, setLabel] = useState(cost?.label ?? '');
  const [amount, setAmount] = useState(centsToAmountInput(cost?.amountCents ?? null, i18n.language));
  const [network, setNetwork] = useState<string | null>(cost?.network ?? null);
  const [amountError, setAmountError] = useState<string | null>(null);
  const format = useResultsFormat(workspace.currency);
  // Two years back from the shown range's end, and the month after it (a subscription paid ahead).
  const monthOptions = Array.from({ length: 26 }, (_, index) => addMonths(defaultMonth, 1 - index))
    .concat(cost ? [cost.month] : [])
    .filter((value, index, all) => all.indexOf(value) === index)
    .map((value) => ({ value, label: format.period(value) }));
  const submit = () => {
    const cents = parseAmountToCents(amount);
    if (cents === undefined || cents === null) return setAmountError(t('results.outcomes.amountInvalid'));
    save.mutate(
      {
        costId: cost?.id ?? null,
        body: { month, kind, label: label.trim(), amountCents: cents, network: network as NetworkKey | null },
      },
      {
        onSuccess: () => {
          notifySuccess(t('results.costs.saved'));
          onClose();
        },
        onError: notifyProblem,
      },
    );
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={<Text fw={600}>{cost ? t('results.costs.edit') : t('results.costs.add')}</Text>}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('results.costs.month')}
              required
              data={monthOptions}
              value={month}
              onChange={(value) => value && setMonth(value)}
              allowDeselect={false}
              searchable
            />
            <Select
              label={t('results.costs.kind')}
              data={costKinds.map((value) => ({ value, label: t(`results.costs.kinds.${value}`) }))}
              value={kind}
              onChange={(value) => value && setKind(value as Cost['kind'])}
              allowDeselect={false}
            />
          </SimpleGrid>
          <TextInput
            label={t('results.costs.label')}
            required
            maxLength={120}
            value={label}
            onChange={(event) => setLabel(event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('results.costs.amount', { currency: workspace.currency })}
              required
              inputMode="decimal"
              value={amount}
              error={amountError}
              onChange={(event) => setAmount(event.currentTarget.value)}
            />
            <Select
              label={t('results.costs.network')}
              placeholder={t('results.costs.allNetworks')}
              data={networkOptions}
              value={network}
              onChange={setNetwork}
              clearable
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('results.costs.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
