import { ActionIcon, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';
import { useResultsFormat } from './results-format.js';
import { type MonthRange, outcomesQueryOptions, useDeleteOutcome } from './results-queries.js';

const OutcomeModal = lazy(() =>
  import('./outcome-modal.js').then((module) => ({ default: module.OutcomeModal })),
);

// Outlined in the darkest shades: small text on a light tint fell under 4.5:1 (axe).
const kindColours = { lead: 'blue.9', client: 'teal.9', revenue: 'grape.9' } as const;

/** The outcomes of the period, newest first, with the button that logs one. */
export function OutcomesSection({
  workspace,
  range,
  canWrite,
}: {
  workspace: { id: string; timeZone: string; currency: string };
  range: MonthRange;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const outcomes = useQuery(outcomesQueryOptions(workspace.id, range));
  const remove = useDeleteOutcome(workspace.id);
  const format = useResultsFormat(workspace.currency);
  const [opened, modal] = useDisclosure(false);
  const wanted = useOpenedOnce(opened);
  return (
    <Card withBorder radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('results.outcomes.title')}
        </Title>
        {canWrite && (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={modal.open}>
            {t('results.outcomes.log')}
          </Button>
        )}
      </Group>
      {outcomes.isPending && <Skeleton h={80} />}
      {outcomes.isError && <ErrorState error={outcomes.error} onRetry={() => void outcomes.refetch()} />}
      {outcomes.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('results.outcomes.empty')}
        </Text>
      )}
      <Stack gap={6} data-testid="outcomes-list">
        {outcomes.data?.map((outcome) => (
          <Group key={outcome.id} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="wrap" miw={0}>
              <Text size="sm" c="dimmed" w={90}>
                {formatLocalDate(outcome.occurredOn, i18n.language, {
                  day: 'numeric',
                  month: 'short',
                  year: 'numeric',
                })}
              </Text>
              <Badge color={kindColours[outcome.kind]} variant="outline">
                {t(`results.outcomes.kinds.${outcome.kind}`)}
              </Badge>
              {outcome.amountCents > 0 && (
                <Text size="sm" fw={600}>
                  {format.money(outcome.amountCents)}
                </Text>
              )}
              {outcome.network && <Text size="sm">{t(`networks.${outcome.network}`)}</Text>}
              {outcome.campaign && (
                <Text size="sm" c="dimmed">
                  {outcome.campaign}
                </Text>
              )}
              {outcome.note && (
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {outcome.note}
                </Text>
              )}
            </Group>
            {canWrite && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('results.outcomes.delete')}
                onClick={() =>
                  remove.mutate(outcome.id, {
                    onSuccess: () => notifySuccess(t('results.outcomes.deleted')),
                    onError: notifyProblem,
                  })
                }
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      {wanted && (
        <Suspense fallback={null}>
          <OutcomeModal workspace={workspace} opened={opened} onClose={modal.close} />
        </Suspense>
      )}
    </Card>
  );
}
