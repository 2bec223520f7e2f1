import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyView } from '../../../contracts/strategy.js';
import { computePostsPerPillarPerWeek } from '../../../core/strategy/editorial-line.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useStrategyWrite } from './strategy-queries.js';

/** `id` is kept on save, so posts and ideas filed under a pillar stay under it. */
type PillarDraft = { id?: string; name: string; description: string; sharePercent: number };

const toDraft = (view: StrategyView): PillarDraft[] =>
  view.pillars.map((pillar) => ({
    id: pillar.id,
    name: pillar.name,
    description: pillar.description ?? '',
    sharePercent: pillar.sharePercent,
  }));

/**
 * The themes of the editorial line and their share of the posts. The shares should add up to
 * 100 %; the gap is shown, not enforced, so a line can be saved while it is being worked out.
 */
export function PillarsSection({
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
  const [pillars, setPillars] = useState<PillarDraft[]>(() => toDraft(view));
  useEffect(() => setPillars(toDraft(view)), [view]);

  const isDirty = JSON.stringify(pillars) !== JSON.stringify(toDraft(view));
  const total = pillars.reduce((sum, item) => sum + item.sharePercent, 0);
  // Posts per pillar follow the saved networks' targets and the shares being typed.
  const posts = computePostsPerPillarPerWeek({
    pillars: pillars.map((pillar, index) => ({ id: String(index), sharePercent: pillar.sharePercent })),
    frequencyTargets: view.networks.map((item) => ({
      network: item.network,
      postsPerWeek: item.targetPostsPerWeek ?? 0,
    })),
  });
  const postsFormat = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const change = (index: number, patch: Partial<PillarDraft>) =>
    setPillars((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function save() {
    write.mutate(
      {
        method: 'PUT',
        path: 'strategy/pillars',
        body: {
          pillars: pillars.map((item) => ({
            ...(item.id ? { id: item.id } : {}),
            name: item.name.trim(),
            description: item.description.trim() || null,
            sharePercent: item.sharePercent,
          })),
        },
      },
      { onSuccess: () => notifySuccess(t('common.saved')), onError: notifyProblem },
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {t('budget.strategy.pillars')}
          </Title>
          {pillars.length > 0 && (
            <Group gap="xs">
              {/* Shade 9 outlines: light teal/orange badges fail the 4.5:1 contrast on small text. */}
              <Badge variant="outline" color={total === 100 ? 'teal.9' : 'orange.9'}>
                {t('budget.strategy.pillarsTotal', { total })}
              </Badge>
              {total !== 100 && (
                <Badge variant="outline" color="orange.9">
                  {t('budget.strategy.pillarsGap', { gap: 100 - total })}
                </Badge>
              )}
            </Group>
          )}
        </Group>
        {pillars.length === 0 && (
          <Text size="sm" c="dimmed">
            {canEdit ? t('budget.strategy.noPillars') : t('budget.noneYet')}
          </Text>
        )}
        {!canEdit &&
          view.pillars.map((pillar, index) => (
            <Paper key={pillar.id} withBorder p="xs" radius="sm" data-testid="pillar">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {pillar.name}
                  </Text>
                  {pillar.description && (
                    <Text size="xs" c="dimmed">
                      {pillar.description}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('budget.strategy.postsPerPillar', {
                      value: postsFormat.format(posts[index]?.postsPerWeek ?? 0),
                    })}
                  </Text>
                </div>
                <Badge variant="light">{pillar.sharePercent} %</Badge>
              </Group>
            </Paper>
          ))}
        {canEdit &&
          pillars.map((pillar, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: drafts have no id until saved
            <Paper key={index} withBorder p="xs" radius="sm" data-testid="pillar">
              <Group gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  label={t('budget.strategy.pillarName')}
                  required
                  value={pillar.name}
                  maxLength={80}
                  onChange={(event) => change(index, { name: event.currentTarget.value })}
                  style={{ flex: '1 1 160px' }}
                />
                <TextInput
                  label={t('budget.strategy.pillarDescription')}
                  value={pillar.description}
                  maxLength={200}
                  onChange={(event) => change(index, { description: event.currentTarget.value })}
                  style={{ flex: '2 1 220px' }}
                />
                <NumberInput
                  label={t('budget.strategy.share')}
                  value={pillar.sharePercent}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  suffix=" %"
                  onChange={(value) => change(index, { sharePercent: typeof value === 'number' ? value : 0 })}
                  w={96}
                />
                {canEdit && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={2}
                    aria-label={t('budget.strategy.removeNamed', {
                      name: pillar.name || t('budget.strategy.pillarName'),
                    })}
                    onClick={() => setPillars((current) => current.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                {t('budget.strategy.postsPerPillar', {
                  value: postsFormat.format(posts[index]?.postsPerWeek ?? 0),
                })}
              </Text>
            </Paper>
          ))}
        {canEdit && (
          <Group justify="space-between">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() =>
                setPillars((current) => [
                  ...current,
                  { name: '', description: '', sharePercent: Math.max(0, 100 - total) },
                ])
              }
            >
              {t('budget.strategy.addPillar')}
            </Button>
            <Button
              loading={write.isPending}
              disabled={!isDirty || pillars.some((item) => item.name.trim().length === 0)}
              onClick={save}
            >
              {t('budget.strategy.savePillars')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
