import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconBulb, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyView } from '../../../contracts/strategy.js';
import { type NetworkKey, networkKeys } from '../../../core/strategy/networks.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { pageSelectComboboxProps } from '../../ui/page-select.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { useStrategyWrite } from './strategy-queries.js';

type NetworkDraft = StrategyView['networks'][number];

/** The networks worth investing in, each with a posting target and a priority. */
export function NetworksSection({
  view,
  workspaceId,
  canEdit,
}: {
  view: StrategyView;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'strategy');
  const isPhone = useMediaMatch('(max-width: 40em)');
  const [networks, setNetworks] = useState<NetworkDraft[]>(view.networks);
  // Start again from the saved networks only when THEY change: saving another part of the
  // strategy (the beginner switch) refreshes the view and must not wipe targets being typed.
  const saved = JSON.stringify(view.networks);
  useEffect(() => setNetworks(JSON.parse(saved) as NetworkDraft[]), [saved]);

  const isDirty = JSON.stringify(networks) !== saved;
  const networkName = (key: NetworkKey) => t(`networks.${key}`);
  const unused = networkKeys.filter((key) => !networks.some((item) => item.network === key));
  const decimalSeparator = i18n.language.startsWith('fr') ? ',' : '.';
  const change = (index: number, patch: Partial<NetworkDraft>) =>
    setNetworks((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <>
      {view.focusAdvice && (
        <Alert
          variant="light"
          color="yellow"
          icon={<IconBulb aria-hidden />}
          title={t('budget.strategy.focusTitle')}
        >
          {t('budget.strategy.focusBody', {
            network: networkName(view.focusAdvice.suggestedNetwork),
            later: view.focusAdvice.laterNetworks.map(networkName).join(', '),
          })}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Title order={2} size="h4">
              {t('budget.strategy.networks')}
            </Title>
            <Badge variant="light" size="lg" data-testid="posts-total">
              {t('budget.strategy.postsTotal', {
                value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
                  view.targetPostsPerWeek,
                ),
              })}
            </Badge>
          </Group>
          <Switch
            label={t('budget.strategy.beginner')}
            description={t('budget.strategy.beginnerHint')}
            checked={view.isBeginner}
            disabled={!canEdit || write.isPending}
            onChange={(event) =>
              write.mutate(
                { method: 'PATCH', path: 'strategy', body: { isBeginner: event.currentTarget.checked } },
                { onError: notifyProblem },
              )
            }
          />
          {networks.length === 0 ? (
            <Text size="sm" c="dimmed">
              {canEdit ? t('budget.strategy.noNetworks') : t('budget.noneYet')}
            </Text>
          ) : (
            <Table verticalSpacing="xs" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('budget.strategy.network')}</Table.Th>
                  <Table.Th w={88}>{t('budget.strategy.postsPerWeek')}</Table.Th>
                  <Table.Th w={64}>{t('budget.strategy.priority')}</Table.Th>
                  {canEdit && (
                    <Table.Th w={40}>
                      <VisuallyHidden>{t('budget.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {networks.map((item, index) => (
                  <Table.Tr key={item.network}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <NetworkIcon network={item.network} />
                        <Text size="sm" truncate>
                          {networkName(item.network)}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={t('budget.strategy.postsPerWeekOf', {
                          network: networkName(item.network),
                        })}
                        value={item.targetPostsPerWeek ?? ''}
                        min={0}
                        max={100}
                        step={0.5}
                        decimalScale={1}
                        decimalSeparator={decimalSeparator}
                        readOnly={!canEdit}
                        variant={canEdit ? 'default' : 'unstyled'}
                        // On a phone the keypad types the target: the arrows were too small to hit.
                        hideControls={!canEdit || isPhone}
                        inputMode="decimal"
                        onChange={(value) =>
                          change(index, { targetPostsPerWeek: typeof value === 'number' ? value : null })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={t('budget.strategy.priorityOf', { network: networkName(item.network) })}
                        value={item.priority}
                        min={1}
                        max={50}
                        allowDecimal={false}
                        readOnly={!canEdit}
                        variant={canEdit ? 'default' : 'unstyled'}
                        hideControls={!canEdit}
                        onChange={(value) =>
                          change(index, { priority: typeof value === 'number' ? value : 1 })
                        }
                      />
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('budget.strategy.removeNamed', { name: networkName(item.network) })}
                          onClick={() => setNetworks((current) => current.filter((_, i) => i !== index))}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {canEdit && (
            <Group justify="space-between" gap="xs">
              <Select
                placeholder={t('budget.strategy.addNetwork')}
                aria-label={t('budget.strategy.addNetwork')}
                data={unused.map((key) => ({ value: key, label: networkName(key) }))}
                value={null}
                disabled={unused.length === 0}
                comboboxProps={pageSelectComboboxProps}
                onChange={(value) =>
                  value &&
                  setNetworks((current) => [
                    ...current,
                    { network: value as NetworkKey, targetPostsPerWeek: null, priority: current.length + 1 },
                  ])
                }
              />
              <Button
                loading={write.isPending}
                disabled={!isDirty}
                onClick={() =>
                  write.mutate(
                    { method: 'PUT', path: 'strategy/networks', body: { networks } },
                    { onSuccess: () => notifySuccess(t('common.saved')), onError: notifyProblem },
                  )
                }
              >
                {t('budget.strategy.saveNetworks')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </>
  );
}
