import { Anchor, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkTextLimits } from '../../../contracts/connections.js';
import { connectorNetworks } from '../../../contracts/connectors.js';
import type { PostVersion, ThreadPart } from '../../../contracts/content.js';
import type { Media } from '../../../contracts/media.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { canThread, maxImagesOn } from '../../../core/content/image-fit.js';
import { measurePostLength, type PostLength } from '../../../core/content/post-length.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { LengthBadge } from './length-counters.js';
import { type MediaLookup, PostImages } from './post-images.js';
import { ThreadParts } from './thread-parts.js';

export type EditorVersion = {
  network: NetworkKey;
  /** null: the post's main text. */
  text: string | null;
  /** null: the post's images. */
  mediaIds: string[] | null;
  thread: ThreadPart[];
  /** The connected accounts it goes to; null: all of its network. */
  accountIds: string[] | null;
};

type AccountChoice = { id: string; network: string; accountName: string };

/**
 * The accounts a version can go to, by the server's rule (publishing's `accountNetworkFor`): its
 * network's own connected accounts where a connector serves it (Mastodon, Bluesky: none
 * connected means by hand), else the workspace's webhooks (they take any other network on to
 * the person's automation).
 */
export function accountsFor(network: NetworkKey, accounts: readonly AccountChoice[]): AccountChoice[] {
  const isServed = (connectorNetworks as readonly string[]).includes(network);
  return accounts.filter((account) => account.network === (isServed ? network : 'webhook'));
}

/**
 * Whether a saved version is left to publish by hand. Scheduling decides (the server's
 * `publishMode`); until then the mode is not planned yet, so it is foreseen by the same rule from
 * the connected accounts, when the person may see them.
 */
export function goesByHand(
  version: Pick<PostVersion, 'network' | 'accountIds' | 'publishMode' | 'status'>,
  accounts: readonly AccountChoice[] | undefined,
): boolean {
  if (version.publishMode !== 'by_hand') return false;
  if (version.status !== 'pending' || !accounts) return true;
  const chosen = accountsFor(version.network, accounts).filter(
    (account) => version.accountIds === null || version.accountIds.includes(account.id),
  );
  return chosen.length === 0;
}

/** Every part of every version over its network's limit, named for the person ("Bluesky", "part 3 of the X thread"). */
export function findOverLimits(
  mainText: string,
  versions: readonly EditorVersion[],
  name: (network: NetworkKey, part: number) => string,
  accountLimits: readonly NetworkTextLimits[] = [],
): string[] {
  return versions.flatMap((version) => {
    const account = accountLimits.find((limits) => limits.network === version.network);
    return [version.text ?? mainText, ...version.thread.map((part) => part.text)].flatMap((text, index) =>
      measurePostLength(text, version.network, account).isOver ? [name(version.network, index + 1)] : [],
    );
  });
}

/** Every image a version shows, each once: the first part's (its own or the post's) and its thread's. */
export function imagesShownBy(postMediaIds: readonly string[], versions: readonly EditorVersion[]): string[] {
  const ids = versions.flatMap((version) => [
    ...(version.mediaIds ?? postMediaIds),
    ...version.thread.flatMap((part) => part.mediaIds),
  ]);
  return [...new Set([...postMediaIds, ...ids])];
}

/** One network's version: its own text (or the main one), its own images (or the post's), its thread. */
export function VersionEditor({
  workspaceId,
  postId,
  version,
  mainText,
  postMediaIds,
  accounts,
  length,
  media,
  readOnly,
  onChange,
  onMediaSaved,
}: {
  workspaceId: string;
  postId: string;
  version: EditorVersion;
  mainText: string;
  postMediaIds: readonly string[];
  /** The workspace's connected accounts (the choice shows those of this version's network). */
  accounts: readonly AccountChoice[];
  length: PostLength | undefined;
  media: MediaLookup;
  readOnly: boolean;
  onChange: (version: EditorVersion) => void;
  onMediaSaved: (media: Media) => void;
}) {
  const { t } = useTranslation();
  const label = t(`networks.${version.network}`);
  const maxImages = maxImagesOn(version.network);
  const set = (patch: Partial<EditorVersion>) => onChange({ ...version, ...patch });
  const isThread = version.thread.length > 0;
  const choices = accountsFor(version.network, accounts);
  const chosen = version.accountIds ?? choices.map((account) => account.id);

  return (
    <Paper withBorder p="sm" data-testid={`version-${version.network}`}>
      <Stack gap={6}>
        <Group gap={6}>
          <NetworkIcon network={version.network} />
          <Text fw={600} size="sm">
            {label}
          </Text>
        </Group>
        {version.text === null ? (
          <>
            {isThread && (
              <Text size="sm" c="dimmed">
                {t('content.thread.first')} · {mainText.slice(0, 120)}
              </Text>
            )}
            {!readOnly && (
              <Anchor component="button" type="button" size="sm" onClick={() => set({ text: mainText })}>
                {t('content.editor.adapt', { network: label })}
              </Anchor>
            )}
          </>
        ) : (
          <>
            <GrowingTextarea
              label={t('content.editor.versionText', { network: label })}
              minRows={3}
              value={version.text}
              readOnly={readOnly}
              onChange={(event) => set({ text: event.currentTarget.value })}
            />
            <Group justify="space-between">
              {length && <LengthBadge length={length} />}
              {!readOnly && (
                <Anchor component="button" type="button" size="sm" onClick={() => set({ text: null })}>
                  {t('content.editor.sameText')}
                </Anchor>
              )}
            </Group>
          </>
        )}
        {version.mediaIds === null ? (
          !readOnly && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => set({ mediaIds: postMediaIds.slice(0, maxImages ?? undefined) })}
            >
              {t('content.media.ownImages', { network: label })}
            </Anchor>
          )
        ) : (
          <>
            <PostImages
              workspaceId={workspaceId}
              postId={postId}
              label={t('content.media.versionImages', { network: label })}
              mediaIds={version.mediaIds}
              media={media}
              max={maxImages}
              maxReason={t('content.media.max', { max: maxImages, network: label })}
              readOnly={readOnly}
              onChange={(mediaIds) => set({ mediaIds })}
              onMediaSaved={onMediaSaved}
            />
            {!readOnly && (
              <Anchor component="button" type="button" size="sm" onClick={() => set({ mediaIds: null })}>
                {t('content.media.sameImages')}
              </Anchor>
            )}
          </>
        )}
        {choices.length > 0 && (
          <Checkbox.Group
            label={t('content.editor.accounts', { network: label })}
            value={chosen}
            onChange={(ids) =>
              // Every account chosen is stored as "all", so an account connected later is included.
              set({ accountIds: ids.length === choices.length ? null : ids })
            }
          >
            <Group gap="md" mt={4}>
              {choices.map((account) => (
                <Checkbox
                  key={account.id}
                  value={account.id}
                  label={account.accountName}
                  disabled={readOnly}
                />
              ))}
            </Group>
            {chosen.length === 0 && (
              <Text size="sm" c="dimmed" mt={4}>
                {t('content.editor.noAccount')}
              </Text>
            )}
          </Checkbox.Group>
        )}
        {canThread(version.network) && (
          <ThreadParts
            workspaceId={workspaceId}
            postId={postId}
            network={version.network}
            networkName={label}
            parts={version.thread}
            media={media}
            readOnly={readOnly}
            onChange={(thread) => set({ thread })}
            onMediaSaved={onMediaSaved}
          />
        )}
      </Stack>
    </Paper>
  );
}
