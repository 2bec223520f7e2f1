import { Alert, Button, Checkbox, Group, List, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../contracts/budget.js';
import { previewBudgetPreset } from '../../../core/budget/preset-preview.js';
import type { BudgetPresetKey } from '../../../core/budget/presets.js';
import { AppModal } from '../../ui/app-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useApplyPreset } from './budget-queries.js';
import { categoryLabel, formatHours, referenceName } from './format.js';

/**
 * Asks before applying a preset, and says exactly what changes: each line's hours before and
 * after, the totals, and (when the workspace's own categories have hours) whether to keep them.
 */
export function ApplyPresetModal({
  presetKey,
  categories,
  workspaceId,
  onClose,
}: {
  /** null = closed. */
  presetKey: BudgetPresetKey | null;
  categories: Category[];
  workspaceId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const applyPreset = useApplyPreset(workspaceId);
  const [resetOwn, setResetOwn] = useState(false);
  const hours = (minutes: number) => formatHours(minutes, locale);

  function close() {
    setResetOwn(false);
    onClose();
  }

  if (!presetKey) return <AppModal opened={false} onClose={close} />;
  const policy = resetOwn ? 'reset' : 'keep';
  const preview = previewBudgetPreset(categories, presetKey, { userDefinedCategories: policy });
  const name = t(`budget.presetNames.${presetKey}`);

  function confirm() {
    if (!presetKey) return;
    applyPreset.mutate(
      { preset: presetKey, userDefinedCategories: policy },
      {
        onSuccess: () => {
          notifySuccess(t('budget.applied'));
          close();
        },
        onError: notifyProblem,
      },
    );
  }

  return (
    <AppModal
      opened
      onClose={close}
      title={<Text fw={600}>{t('budget.applyTitle', { name })}</Text>}
      size="lg"
    >
      <Stack>
        {preview.replacesHours ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('budget.applyReplaces')}
          </Alert>
        ) : (
          <Text size="sm">{t('budget.applyBody')}</Text>
        )}
        {preview.changes.length > 0 ? (
          <Table verticalSpacing={4} data-testid="preset-changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('budget.category')}</Table.Th>
                <Table.Th ta="right">{t('budget.now')}</Table.Th>
                <Table.Th ta="right">{t('budget.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.changes.map((change) => (
                <Table.Tr key={change.category.id}>
                  <Table.Td>{categoryLabel(change.category, t)}</Table.Td>
                  <Table.Td ta="right" c={change.fromMinutes > 0 ? undefined : 'dimmed'}>
                    {hours(change.fromMinutes)}
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {hours(change.toMinutes)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('budget.totalRow')}</Table.Th>
                <Table.Th ta="right">{hours(preview.totalBeforeMinutes)}</Table.Th>
                <Table.Th ta="right">{hours(preview.totalAfterMinutes)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('budget.applyNoChange')}
          </Text>
        )}
        {preview.userDefinedWithHours.length > 0 && (
          <Checkbox
            label={t('budget.resetOwn')}
            description={t('budget.resetOwnHint', {
              names: preview.userDefinedWithHours.map((category) => categoryLabel(category, t)).join(', '),
            })}
            checked={resetOwn}
            onChange={(event) => setResetOwn(event.currentTarget.checked)}
          />
        )}
        {preview.notApplied.length > 0 && (
          <Stack gap={2}>
            <Text size="sm">{t('budget.notAppliedBefore')}</Text>
            <List size="sm">
              {preview.notApplied.map((line) => (
                <List.Item key={line.referenceKey}>
                  {referenceName(line.referenceKey, t)} ({hours(line.minutes)})
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button onClick={confirm} loading={applyPreset.isPending}>
            {t('budget.applyNamed', { name })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
