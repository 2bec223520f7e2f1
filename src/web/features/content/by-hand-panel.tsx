import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectedAccount } from '../../../contracts/connections.js';
import type { Post, PostVersion } from '../../../contracts/content.js';
import type { Media } from '../../../contracts/media.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { isProblem } from '../../app/api.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { usePostAction } from './content-queries.js';
import { mediaUrl } from './media-queries.js';
import { formatPostTime, PostStatusBadge } from './post-status-badge.js';
import { goesByHand } from './version-editor.js';

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
  accounts,
}: {
  post: Post;
  workspaceId: string;
  timeZone: string;
  canWrite: boolean;
  /** The connected accounts, when the person may see them (to foresee who takes a draft's versions). */
  accounts: readonly ConnectedAccount[] | undefined;
}) {
  const { t } = useTranslation();
  // Versions a connected account publishes are shown by the publications panel.
  const byHand = post.versions.filter((version) => goesByHand(version, accounts));
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
  // The link goes with the first part, where a reader meets it.
  const texts = [version.text ?? post.text, ...version.thread.map((part) => part.text)].map((text, index) =>
    index === 0 ? [text, post.link].filter(Boolean).join('\n\n') : text,
  );
  const imagesPerPart = [version.mediaIds ?? post.mediaIds, ...version.thread.map((part) => part.mediaIds)];
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
            {texts.map((text, index) => (
              <PartToCopy
                // biome-ignore lint/suspicious/noArrayIndexKey: a part is its position in the thread.
                key={index}
                text={text}
                number={texts.length > 1 ? index + 1 : null}
                images={(imagesPerPart[index] ?? []).flatMap((id) =>
                  post.media.filter((item) => item.id === id),
                )}
                workspaceId={workspaceId}
                network={version.network}
              />
            ))}
            <Group align="flex-end" gap="sm">
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

/** One part, ready to copy, with its images as the network takes them, to download. */
function PartToCopy({
  text,
  number,
  images,
  workspaceId,
  network,
}: {
  text: string;
  /** null: a single post, not a thread. */
  number: number | null;
  images: Media[];
  workspaceId: string;
  network: NetworkKey;
}) {
  const { t } = useTranslation();
  const networkName = t(`networks.${network}`);
  return (
    <Stack gap={4} data-testid="part-to-copy">
      {number !== null && (
        <Text size="sm" fw={500}>
          {t('content.thread.part', { number, network: networkName })}
        </Text>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={number === null ? 4 : 6}>
        {text}
      </Text>
      <Group gap="sm">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="xs"
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              onClick={copy}
            >
              {copied
                ? t('common.copied')
                : number === null
                  ? t('content.byHand.copy')
                  : t('content.thread.copyPart', { number })}
            </Button>
          )}
        </CopyButton>
        {images.map((image, index) => (
          // A link, not a button: its label wraps on a phone.
          <Anchor
            key={image.id}
            href={mediaUrl(workspaceId, image.id, { network, download: true })}
            download
            size="sm"
          >
            <Group gap={4} wrap="nowrap" component="span">
              <IconDownload size={16} aria-hidden style={{ flexShrink: 0 }} />
              {t('content.media.download', { position: index + 1, network: networkName })}
            </Group>
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}
