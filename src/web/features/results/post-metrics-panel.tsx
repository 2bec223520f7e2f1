import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post, PostVersion } from '../../../contracts/content.js';
import type { MetricSnapshot, RecordMetricsBody } from '../../../contracts/results.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useResultsFormat } from './results-format.js';
import { postMetricsQueryOptions, useRecordMetrics } from './results-queries.js';

const fields = ['impressions', 'reactions', 'comments', 'shares', 'clicks', 'saves', 'quotes'] as const;
type Field = (typeof fields)[number];

/**
 * A published post's figures per network: the latest reading and how many were taken, and a
 * quick form to add one (what LinkedIn or Instagram shows under the post). Readings are added,
 * never overwritten, so the history stays.
 */
export function PostMetricsPanel({
  post,
  workspaceId,
  canWrite,
}: {
  post: Post;
  workspaceId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const published = post.versions.filter((version) => version.status === 'published');
  const metrics = useQuery({
    ...postMetricsQueryOptions(workspaceId, post.id),
    enabled: published.length > 0,
  });
  if (published.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="post-metrics">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('results.metrics.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('results.metrics.subtitle')}
          </Text>
        </div>
        {published.map((version) => (
          <VersionMetrics
            key={version.network}
            postId={post.id}
            version={version}
            workspaceId={workspaceId}
            canWrite={canWrite}
            snapshots={(metrics.data?.snapshots ?? []).filter(
              (snapshot) => snapshot.network === version.network,
            )}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function VersionMetrics({
  postId,
  version,
  workspaceId,
  canWrite,
  snapshots,
}: {
  postId: string;
  version: PostVersion;
  workspaceId: string;
  canWrite: boolean;
  snapshots: MetricSnapshot[];
}) {
  const { t, i18n } = useTranslation();
  const format = useResultsFormat('EUR');
  const record = useRecordMetrics(workspaceId, postId);
  const [isEditing, setIsEditing] = useState(false);
  const [values, setValues] = useState<Partial<Record<Field, number | null>>>({});
  const [error, setError] = useState<string | null>(null);
  const latest = snapshots[0];
  const networkName = t(`networks.${version.network}`);

  const submit = () => {
    const body: RecordMetricsBody = {};
    for (const field of fields) {
      const value = values[field];
      if (typeof value === 'number') body[field] = value;
    }
    if (Object.keys(body).length === 0) return setError(t('results.metrics.atLeastOne'));
    setError(null);
    record.mutate(
      { network: version.network, body },
      {
        onSuccess: () => {
          notifySuccess(t('results.metrics.saved'));
          setValues({});
          setIsEditing(false);
        },
        onError: notifyProblem,
      },
    );
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <NetworkIcon network={version.network} />
          <Text fw={600}>{networkName}</Text>
          {latest ? (
            <Text size="sm" c="dimmed">
              {t('results.metrics.latest', {
                date: new Date(latest.takenAt).toLocaleDateString(i18n.language, {
                  day: 'numeric',
                  month: 'short',
                }),
              })}{' '}
              · {t('results.metrics.history', { count: snapshots.length })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('results.metrics.none')}
            </Text>
          )}
        </Group>
        {canWrite && !isEditing && (
          <Button size="xs" variant="light" onClick={() => setIsEditing(true)}>
            {t('results.metrics.recordFor', { network: networkName })}
          </Button>
        )}
      </Group>
      {latest && (
        <Text size="sm" data-testid={`metrics-latest-${version.network}`}>
          {fields
            .filter((field) => latest[field] !== null)
            .map((field) => `${t(`results.metrics.fields.${field}`)} ${latest[field]}`)
            .join(' · ')}
          {latest.engagement !== null &&
            ` — ${t('results.metrics.engagement', { count: latest.engagement })}`}
          {latest.engagementRatePercent !== null &&
            ` (${t('results.metrics.rate', { rate: format.percent(latest.engagementRatePercent) })})`}
        </Text>
      )}
      {isEditing && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {fields.map((field) => (
                <NumberInput
                  key={field}
                  label={t(`results.metrics.fields.${field}`)}
                  min={0}
                  max={2_000_000_000}
                  allowDecimal={false}
                  allowNegative={false}
                  value={values[field] ?? ''}
                  onChange={(value) =>
                    setValues({ ...values, [field]: typeof value === 'number' ? value : null })
                  }
                />
              ))}
            </SimpleGrid>
            {error && (
              <Text size="sm" c="red.8" role="alert">
                {error}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setIsEditing(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" size="xs" loading={record.isPending} data-testid="metrics-save">
                {t('results.outcomes.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
