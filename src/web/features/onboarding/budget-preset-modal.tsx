import { Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BudgetPresetKey } from '../../../core/budget/presets.js';
import { api } from '../../app/api.js';
import { AppModal } from '../../ui/app-modal.js';
import { notifyProblem } from '../../ui/notify.js';

const presets: readonly BudgetPresetKey[] = ['essential6', 'low10', 'high28'];

/** The end of onboarding: start the time budget from a reference hypothesis, or decide later. */
export function BudgetPresetModal({
  workspaceId,
  onDone,
}: {
  workspaceId: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const apply = useMutation({
    mutationFn: (preset: BudgetPresetKey) =>
      api(`/api/workspaces/${workspaceId}/budget/preset`, { method: 'POST', body: { preset }, schema: null }),
  });
  return (
    <AppModal
      opened={workspaceId !== null}
      onClose={onDone}
      title={<Text fw={600}>{t('budget.onboardingTitle')}</Text>}
      size="lg"
    >
      <Stack>
        <Text size="sm">{t('budget.onboardingBody')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {presets.map((preset) => (
            <Card key={preset} withBorder padding="sm">
              <Stack gap="xs" align="stretch">
                <Text fw={600}>{t(`budget.presetNames.${preset}`)}</Text>
                <Button
                  variant="light"
                  aria-label={t('budget.applyNamed', { name: t(`budget.presetNames.${preset}`) })}
                  loading={apply.isPending && apply.variables === preset}
                  disabled={apply.isPending}
                  onClick={() => apply.mutate(preset, { onSuccess: onDone, onError: notifyProblem })}
                >
                  {t('budget.apply')}
                </Button>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
        <Button variant="subtle" onClick={onDone} disabled={apply.isPending}>
          {t('budget.later')}
        </Button>
      </Stack>
    </AppModal>
  );
}
