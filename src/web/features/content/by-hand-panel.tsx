import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post, PostVersion } from '../../../contracts/content.js';
import { isProblem } from '../../app/api.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { usePostAction } from './content-queries.js';
import { formatPostTime, PostStatusBadge } from './post-status-badge.js';

/**
 * Where no connector publishes: the text ready to copy, then "mark as published" with the URL.
 * Shown for every version published by hand (one can publish early); highlighted once its time
 * has come.
 */
export function ByHandPanel({
  post,
  workspaceId,
  timeZone,
  canWrite,
}: {
  post: Post;
  workspaceId: string;
  timeZone: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  // Versions a connected account publishes are shown by the publications panel.
  const byHand = post.versions.filter((version) => version.publishMode === 'by_hand');
  if (byHand.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('content.byHand.title')}
        </Title>
        {byHand.map((version) => (
          <VersionRow
            key={version.network}
            post={post}
            version={version}
            workspaceId={workspaceId}
            timeZone={timeZone}
            canWrite={canWrite}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function VersionRow({
  post,
  version,
  workspaceId,
  timeZone,
  canWrite,
}: {
  post: Post;
  version: PostVersion;
  workspaceId: string;
  timeZone: string;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const action = usePostAction(workspaceId);
  const [url, setUrl] = useState('');
  const network = t(`networks.${version.network}`);
  const text = [version.text ?? post.text, post.link].filter(Boolean).join('\n\n');
  const isDue = version.status === 'to_publish_by_hand';
  const error = isProblem(action.error)
    ? action.error.errors.find((item) => item.path === 'url')?.message
    : undefined;

  return (
    <Stack
      gap={6}
      p="sm"
      bg={isDue ? 'orange.0' : undefined}
      style={{ borderRadius: 8 }}
      data-testid={`by-hand-${version.network}`}
    >
      <Group justify="space-between">
        <Group gap={6}>
          <NetworkIcon network={version.network} />
          <Text fw={600}>{network}</Text>
        </Group>
        <PostStatusBadge status={version.status} />
      </Group>
      {version.status === 'published' ? (
        <Text size="sm">
          {version.publishedAt &&
            t('content.byHand.published', {
              when: formatPostTime(version.publishedAt, timeZone, i18n.language),
            })}
          {version.publishedUrl && (
            <>
              {' · '}
              <Anchor href={version.publishedUrl} target="_blank" rel="noopener noreferrer">
                {t('content.byHand.openPost')}
              </Anchor>
            </>
          )}
        </Text>
      ) : (
        canWrite && (
          <>
            <Text size="sm" c="dimmed">
              {isDue ? t('content.byHand.help', { network }) : t('content.byHand.early')}
            </Text>
            <Group align="flex-end" gap="sm">
              <CopyButton value={text}>
                {({ copied, copy }) => (
                  <Button
                    variant="default"
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                    onClick={copy}
                  >
                    {copied ? t('common.copied') : t('content.byHand.copy')}
                  </Button>
                )}
              </CopyButton>
              <TextInput
                label={t('content.byHand.url')}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={url}
                onChange={(event) => setUrl(event.currentTarget.value)}
                error={error}
                style={{ flex: 1, minWidth: 200 }}
              />
              <Button
                disabled={!url.trim()}
                loading={action.isPending}
                onClick={() =>
                  action.mutate(
                    {
                      postId: post.id,
                      action: 'published',
                      network: version.network,
                      body: { url: url.trim() },
                    },
                    {
                      onSuccess: () => notifySuccess(t('content.byHand.marked')),
                      onError: (problem) => {
                        if (!isProblem(problem) || problem.errors.length === 0) notifyProblem(problem);
                      },
                    },
                  )
                }
              >
                {t('content.byHand.mark')}
              </Button>
            </Group>
          </>
        )
      )}
    </Stack>
  );
}
