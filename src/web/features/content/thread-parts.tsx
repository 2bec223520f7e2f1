import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadPart } from '../../../contracts/content.js';
import type { Media } from '../../../contracts/media.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { maxImagesOn, maxThreadParts } from '../../../core/content/image-fit.js';
import { measurePostLength } from '../../../core/content/post-length.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { LengthBadge } from './length-counters.js';
import { type MediaLookup, PostImages } from './post-images.js';

/** Moves the item at `from` to `to`, the others keeping their order. */
export function movePart<Item>(items: readonly Item[], from: number, to: number): Item[] {
  if (to < 0 || to >= items.length) return [...items];
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  if (item !== undefined) moved.splice(to, 0, item);
  return moved;
}

/**
 * The parts of a thread after the first (which is the version's text), each counted against the
 * network's limit as it is typed. From the keyboard: Ctrl+Enter adds a part after this one,
 * Alt+↑ / Alt+↓ move it, and every button is reachable with Tab.
 */
export function ThreadParts({
  workspaceId,
  postId,
  network,
  networkName,
  parts,
  media,
  readOnly,
  onChange,
  onMediaSaved,
}: {
  workspaceId: string;
  postId: string;
  network: NetworkKey;
  networkName: string;
  parts: readonly ThreadPart[];
  media: MediaLookup;
  readOnly: boolean;
  onChange: (parts: ThreadPart[]) => void;
  onMediaSaved: (media: Media) => void;
}) {
  const { t } = useTranslation();
  const fields = useRef<(HTMLTextAreaElement | null)[]>([]);
  // The part to focus once the list has re-rendered (after an add or a move).
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    fields.current[focusNext.current]?.focus();
    focusNext.current = null;
  });
  const maxImages = maxImagesOn(network);
  const canAdd = parts.length + 1 < maxThreadParts;

  function update(index: number, part: Partial<ThreadPart>) {
    onChange(parts.map((item, position) => (position === index ? { ...item, ...part } : item)));
  }
  function addAfter(index: number) {
    if (!canAdd) return;
    const next = [...parts];
    next.splice(index + 1, 0, { text: '', mediaIds: [] });
    focusNext.current = index + 1;
    onChange(next);
  }
  function move(index: number, to: number) {
    if (to < 0 || to >= parts.length) return;
    focusNext.current = to;
    onChange(movePart(parts, index, to));
  }
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>, index: number) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      addAfter(index);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
    }
  }

  return (
    <Stack gap="xs" data-testid={`thread-${network}`}>
      {parts.map((part, index) => {
        const number = index + 2;
        const length = measurePostLength(part.text, network);
        return (
          // Parts have no id of their own: their position is who they are.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <Paper key={index} withBorder p="xs" data-testid="thread-part">
            <Stack gap={6}>
              <GrowingTextarea
                ref={(element) => {
                  fields.current[index] = element;
                }}
                label={t('content.thread.part', { number, network: networkName })}
                description={index === 0 ? t('content.thread.keys') : undefined}
                minRows={2}
                value={part.text}
                readOnly={readOnly}
                onChange={(event) => update(index, { text: event.currentTarget.value })}
                onKeyDown={(event) => onKeyDown(event, index)}
              />
              <Group justify="space-between" gap="xs">
                <LengthBadge length={length} />
                {!readOnly && (
                  <Group gap={4}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                      aria-label={t('content.thread.moveUp', { number })}
                    >
                      <IconArrowUp size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === parts.length - 1}
                      onClick={() => move(index, index + 1)}
                      aria-label={t('content.thread.moveDown', { number })}
                    >
                      <IconArrowDown size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => onChange(parts.filter((_, position) => position !== index))}
                      aria-label={t('content.thread.remove', { number })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
              <PostImages
                workspaceId={workspaceId}
                postId={postId}
                label={t('content.media.partImages', { number })}
                mediaIds={part.mediaIds}
                media={media}
                max={maxImages}
                maxReason={t('content.media.max', { max: maxImages, network: networkName })}
                readOnly={readOnly}
                onChange={(mediaIds) => update(index, { mediaIds })}
                onMediaSaved={onMediaSaved}
              />
            </Stack>
          </Paper>
        );
      })}
      {!readOnly && canAdd && (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => addAfter(parts.length - 1)}
          >
            {t('content.thread.add', { network: networkName })}
          </Button>
          <Text size="xs" c="dimmed">
            {t('content.thread.help')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
