import { ActionIcon, Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPhotoPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '../../../contracts/media.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem } from '../../ui/notify.js';
import { acceptedImageTypes, mediaUrl, updateMedia, uploadImage } from './media-queries.js';

export type MediaLookup = ReadonlyMap<string, Media>;

/**
 * The images of one part (the post's own, a version's, a thread part's), in order: each with its
 * alt text, asked for and saved as the person leaves the field, its absence flagged. Adding and
 * removing change the draft; the post's Save keeps them.
 */
export function PostImages({
  workspaceId,
  postId,
  label,
  mediaIds,
  media,
  max,
  maxReason,
  readOnly,
  onChange,
  onMediaSaved,
}: {
  workspaceId: string;
  postId: string;
  label: string;
  mediaIds: readonly string[];
  media: MediaLookup;
  /** null: no limit Cadence knows of. */
  max: number | null;
  /** Why no more images can be added (names the network). */
  maxReason: string | null;
  readOnly: boolean;
  onChange: (mediaIds: string[]) => void;
  onMediaSaved: (media: Media) => void;
}) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const isFull = max !== null && mediaIds.length >= max;

  async function add(files: File[]) {
    const room = max === null ? files.length : Math.max(0, max - mediaIds.length);
    const added: string[] = [];
    setUploading(true);
    try {
      for (const file of files.slice(0, room)) {
        const uploaded = await uploadImage(workspaceId, postId, file);
        onMediaSaved(uploaded);
        if (!mediaIds.includes(uploaded.id) && !added.includes(uploaded.id)) added.push(uploaded.id);
      }
    } catch (error) {
      notifyProblem(error);
    } finally {
      setUploading(false);
      if (added.length > 0) onChange([...mediaIds, ...added]);
    }
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {mediaIds.length > 0 && (
        <Group gap="sm" align="flex-start">
          {mediaIds.map((id, index) => {
            const item = media.get(id);
            if (!item) return null;
            return (
              <ImageCard
                key={id}
                workspaceId={workspaceId}
                item={item}
                position={index + 1}
                readOnly={readOnly}
                onRemove={() => onChange(mediaIds.filter((other) => other !== id))}
                onSaved={onMediaSaved}
              />
            );
          })}
        </Group>
      )}
      {!readOnly && (
        <Group gap="sm">
          <FileButton onChange={(files) => void add(files)} accept={acceptedImageTypes.join(',')} multiple>
            {(props) => (
              <Button
                {...props}
                variant="default"
                size="xs"
                loading={uploading}
                disabled={isFull}
                leftSection={<IconPhotoPlus size={16} aria-hidden />}
              >
                {t('content.media.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {isFull && maxReason ? maxReason : t('content.media.formats')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

function ImageCard({
  workspaceId,
  item,
  position,
  readOnly,
  onRemove,
  onSaved,
}: {
  workspaceId: string;
  item: Media;
  position: number;
  readOnly: boolean;
  onRemove: () => void;
  onSaved: (media: Media) => void;
}) {
  const { t } = useTranslation();
  const [altText, setAltText] = useState(item.altText);
  const [saving, setSaving] = useState(false);

  async function saveAltText() {
    if (altText.trim() === item.altText) return;
    setSaving(true);
    try {
      onSaved(await updateMedia(workspaceId, item.id, { altText }));
    } catch (error) {
      notifyProblem(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p={6} w={220} data-testid="post-image">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Image
            src={mediaUrl(workspaceId, item.id)}
            alt={item.altText}
            h={96}
            w={150}
            fit="cover"
            radius="sm"
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={onRemove}
              aria-label={t('content.media.remove', { position })}
            >
              <IconX size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        <GrowingTextarea
          label={t('content.media.altText', { position })}
          description={t('content.media.altTextHelp')}
          minRows={2}
          maxRows={5}
          maxLength={1500}
          value={altText}
          readOnly={readOnly}
          onChange={(event) => setAltText(event.currentTarget.value)}
          onBlur={() => void saveAltText()}
          rightSection={saving ? <Text size="xs">…</Text> : undefined}
        />
        {item.altText.trim() === '' && (
          <Group gap={4} wrap="nowrap">
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
            <Text size="xs" fw={600}>
              {t('content.media.noAltText')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
