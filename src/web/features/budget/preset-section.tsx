import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetView } from '../../../contracts/budget.js';
import type { BudgetPresetKey } from '../../../core/budget/presets.js';
import { ApplyPresetModal } from './apply-preset-modal.js';
import { formatHours } from './format.js';

/** The budget against the three reference hypotheses, each one applicable in one click. */
export function PresetSection({
  view,
  workspaceId,
  canEdit,
}: {
  view: BudgetView;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [confirming, setConfirming] = useState<BudgetPresetKey | null>(null);

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('budget.presets')}
      </Title>
      <Table verticalSpacing="xs">
        <Table.Tbody>
          {view.presets.map((preset) => {
            const name = t(`budget.presetNames.${preset.presetKey}`);
            return (
              <Table.Tr key={preset.presetKey}>
                <Table.Td>
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text fw={500} size="sm">
                        {name}
                      </Text>
                      {view.closestPreset === preset.presetKey && (
                        // teal.9 on white keeps the small text above 4.5:1 (teal light did not).
                        <Badge size="sm" variant="outline" color="teal.9">
                          {t('budget.closest')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {preset.differenceMinutes === 0
                        ? t('budget.matchesPreset')
                        : t('budget.differenceValue', {
                            value: formatHours(preset.differenceMinutes, locale, true),
                          })}
                    </Text>
                  </Stack>
                </Table.Td>
                {canEdit && (
                  <Table.Td ta="right" w={110}>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('budget.applyNamed', { name })}
                      onClick={() => setConfirming(preset.presetKey)}
                    >
                      {t('budget.apply')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ApplyPresetModal
        presetKey={confirming}
        categories={view.categories}
        workspaceId={workspaceId}
        onClose={() => setConfirming(null)}
      />
    </Paper>
  );
}
