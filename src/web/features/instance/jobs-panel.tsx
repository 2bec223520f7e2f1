import { Badge, Button, Card, Code, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FailedJob, InstanceJobs } from '../../../contracts/instance.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useDiscardFailedJob, useInstanceJobs, useRetryFailedJob } from './instance-queries.js';

const knownQueues = new Set([
  'invitation-mail',
  'embedded-maintenance',
  'instance-backup',
  'connection-health-round',
  'connection-health',
  'dead-letter',
]);

function useQueueLabel() {
  const { t } = useTranslation();
  return (name: string) =>
    knownQueues.has(name) ? t(`instance.queueNames.${name}` as 'instance.queueNames.dead-letter') : name;
}

function useDateTime() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}

function WorkerStatus({ worker }: { worker: InstanceJobs['worker'] }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTime();
  return (
    <Group gap="sm">
      <Badge color={worker.isAlive ? 'green' : 'red'} variant="dot" size="lg">
        {worker.isAlive ? t('instance.workerAlive') : t('instance.workerSilent')}
      </Badge>
      <Text size="sm" c="dimmed">
        {worker.lastHeartbeatAt
          ? t('instance.lastHeartbeat', { at: formatDateTime(worker.lastHeartbeatAt) })
          : t('instance.neverHeard')}
      </Text>
    </Group>
  );
}

function QueuesTable({ queues }: { queues: InstanceJobs['queues'] }) {
  const { t } = useTranslation();
  const queueLabel = useQueueLabel();
  return (
    <Table.ScrollContainer
      minWidth={420}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={t('instance.jobsTitle')}
    >
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('instance.queue')}</Table.Th>
            <Table.Th ta="right">{t('instance.ready')}</Table.Th>
            <Table.Th ta="right">{t('instance.deferred')}</Table.Th>
            <Table.Th ta="right">{t('instance.active')}</Table.Th>
            <Table.Th ta="right">{t('instance.failed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {queues.map((queue) => (
            <Table.Tr key={queue.name}>
              <Table.Td>{queueLabel(queue.name)}</Table.Td>
              <Table.Td ta="right">{queue.ready}</Table.Td>
              <Table.Td ta="right">{queue.deferred}</Table.Td>
              <Table.Td ta="right">{queue.active}</Table.Td>
              <Table.Td ta="right">{queue.failed}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FailedJobCard({ job, onDiscard }: { job: FailedJob; onDiscard: (job: FailedJob) => void }) {
  const { t } = useTranslation();
  const queueLabel = useQueueLabel();
  const formatDateTime = useDateTime();
  const retry = useRetryFailedJob();
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>{queueLabel(job.queue)}</Text>
          <Text size="sm" c="dimmed">
            {t('instance.failedAt', { at: formatDateTime(job.failedAt), count: job.tries })}
          </Text>
        </Group>
        <Code block style={{ whiteSpace: 'pre-wrap' }}>
          {job.error || t('instance.noError')}
        </Code>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={() => onDiscard(job)}
          >
            {t('instance.discard')}
          </Button>
          <Button
            size="xs"
            leftSection={<IconRefresh size={14} aria-hidden />}
            loading={retry.isPending}
            onClick={() =>
              retry.mutate(job.id, {
                onSuccess: () => notifySuccess(t('instance.retried')),
                onError: notifyProblem,
              })
            }
          >
            {t('instance.retry')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The background work: is a worker alive, how deep are the queues, which jobs gave up. */
export function JobsPanel() {
  const { t } = useTranslation();
  const jobs = useInstanceJobs();
  const discard = useDiscardFailedJob();
  const [discarding, setDiscarding] = useState<FailedJob | null>(null);
  if (jobs.isPending) return <Skeleton h={240} radius="md" />;
  if (jobs.isError) return <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />;
  const { worker, queues, failedJobs } = jobs.data;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('instance.jobsTitle')}
      </Title>
      <WorkerStatus worker={worker} />
      <QueuesTable queues={queues} />
      <Title order={3} size="h4">
        {t('instance.failedTitle')}
      </Title>
      {failedJobs.length === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-green-9)" aria-hidden />
          <Text size="sm">{t('instance.noFailedJobs')}</Text>
        </Group>
      ) : (
        failedJobs.map((job) => <FailedJobCard key={job.id} job={job} onDiscard={setDiscarding} />)
      )}
      <ConfirmModal
        opened={discarding !== null}
        onClose={() => setDiscarding(null)}
        title={t('instance.discardTitle')}
        confirmLabel={t('instance.discard')}
        isPending={discard.isPending}
        onConfirm={() =>
          discarding &&
          discard.mutate(discarding.id, {
            onSuccess: () => notifySuccess(t('instance.discarded')),
            onError: notifyProblem,
            onSettled: () => setDiscarding(null),
          })
        }
      >
        {t('instance.discardBody')}
      </ConfirmModal>
    </Stack>
  );
}
