import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication } from '../../../contracts/publishing.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { formatPostTime } from '../content/post-status-badge.js';
import { postPublicationsQueryOptions, usePublicationAction } from './publishing-queries.js';

// Fetched when first opened: the posts page lists publications' problems with this row.
const RescheduleModal = lazy(() =>
  import('./reschedule-modal.js').then((module) => ({ default: module.RescheduleModal })),
);

const colours: Record<Publication['status'], string> = {
  scheduled: 'indigo',
  publishing: 'indigo',
  published: 'teal',
  failed: 'red',
  unknown: 'orange',
  missed: 'red',
  cancelled: 'gray',
};

export function PublicationStatusBadge({ status }: { status: Publication['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colours[status]}>
      {t(`publishing.statuses.${status}`)}
    </Badge>
  );
}

/** Each connected account a post goes to: its state, the link once out, its tries, retry/reschedule. */
export function PublicationsPanel({
  postId,
  workspaceId,
  timeZone,
  canWrite,
}: {
  postId: string;
  workspaceId: string;
  timeZone: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const publications = useQuery(postPublicationsQueryOptions(workspaceId, postId));
  const live = (publications.data ?? []).filter((item) => item.status !== 'cancelled');
  if (live.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('publishing.panel.title')}
        </Title>
        {live.map((publication) => (
          <PublicationRow
            key={publication.id}
            publication={publication}
            workspaceId={workspaceId}
            timeZone={timeZone}
            canWrite={canWrite}
          />
        ))}
      </Stack>
    </Paper>
  );
}

export function PublicationRow({
  publication,
  workspaceId,
  timeZone,
  canWrite,
}: {
  publication: Publication;
  workspaceId: string;
  timeZone: string;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const action = usePublicationAction(workspaceId);
  const [rescheduling, setRescheduling] = useState(false);
  const reschedulingWanted = useOpenedOnce(rescheduling);
  const when = (instant: string) => formatPostTime(instant, timeZone, i18n.language);
  const isWaitingForRetry =
    publication.attempts.length > 0 && ['scheduled', 'unknown'].includes(publication.status);
  return (
    <Stack gap={6} data-testid={`publication-${publication.network}`}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <NetworkIcon network={publication.network} />
          <Text fw={600} truncate>
            {publication.accountName}
          </Text>
        </Group>
        <PublicationStatusBadge status={publication.status} />
      </Group>
      <Text size="sm">
        {publication.status === 'published' && publication.publishedAt
          ? t('publishing.panel.published', { when: when(publication.publishedAt) })
          : isWaitingForRetry
            ? t('publishing.panel.nextTry', { when: when(publication.nextAttemptAt) })
            : t('publishing.panel.due', { when: when(publication.dueAt) })}
        {publication.url && (
          <>
            {' · '}
            <Anchor href={publication.url} target="_blank" rel="noopener noreferrer">
              {t('publishing.panel.open')}
            </Anchor>
          </>
        )}
      </Text>
      {publication.failureReason && (
        <Text size="sm" c="red.9" role="status">
          {t(`publishing.reasons.${publication.failureReason}`)}
          {publication.failureMessage ? ` (${publication.failureMessage})` : ''}
        </Text>
      )}
      {publication.attempts.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
            {t('publishing.panel.attempts', { count: publication.attempts.length })}
          </summary>
          <Stack component="ol" gap={2} mt={4} style={{ paddingInlineStart: 20 }}>
            {publication.attempts.map((attempt) => (
              <Text component="li" size="sm" key={attempt.number}>
                {when(attempt.startedAt)} · {t(`publishing.outcomes.${attempt.outcome}`)}
                {attempt.message ? ` · ${attempt.message}` : ''}
              </Text>
            ))}
          </Stack>
        </details>
      )}
      {canWrite && publication.canRetry && (
        <Group gap="sm">
          <Button
            size="xs"
            leftSection={<IconRefresh size={14} aria-hidden />}
            loading={action.isPending}
            onClick={() =>
              action.mutate(
                { publicationId: publication.id },
                { onSuccess: () => notifySuccess(t('publishing.panel.retried')), onError: notifyProblem },
              )
            }
          >
            {t('publishing.panel.retry')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconCalendarPlus size={14} aria-hidden />}
            onClick={() => setRescheduling(true)}
          >
            {t('publishing.panel.reschedule')}
          </Button>
        </Group>
      )}
      {reschedulingWanted && (
        <Suspense fallback={null}>
          <RescheduleModal
            opened={rescheduling}
            onClose={() => setRescheduling(false)}
            publication={publication}
            workspaceId={workspaceId}
            timeZone={timeZone}
          />
        </Suspense>
      )}
    </Stack>
  );
}
