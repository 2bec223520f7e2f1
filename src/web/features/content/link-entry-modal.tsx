import { ActionIcon, Alert, Button, Group, NumberInput, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeEntry } from '../../../contracts/tracking.js';
import { formatMinutes } from '../../../core/format/format-minutes.js';
import { AppModal } from '../../ui/app-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { AnchorLink } from '../../ui/router-links.js';
import { postsQueryOptions } from './content-queries.js';
import { entryPostLinksQueryOptions, useLinkEntry, useUnlinkEntry } from './effort-queries.js';

const excerptLength = 80;

/**
 * From the time page: gives a finished entry's minutes to posts of the workspace (all that is
 * left by default, or a part) and takes them back. The server refuses more than the entry holds.
 */
export function LinkEntryModal({
  workspaceId,
  entry,
  onClose,
}: {
  workspaceId: string;
  entry: TimeEntry;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const links = useQuery(entryPostLinksQueryOptions(workspaceId, entry.id));
  const posts = useQuery(postsQueryOptions(workspaceId, {}));
  const link = useLinkEntry(workspaceId);
  const unlink = useUnlinkEntry(workspaceId);
  const [postId, setPostId] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | ''>('');
  const duration = (value: number) => formatMinutes(value, i18n.language);
  const excerpt = (text: string) =>
    text.trim() === ''
      ? t('content.effort.entryModal.untitled')
      : text.length > excerptLength
        ? `${text.slice(0, excerptLength)}…`
        : text;
  const linked = new Set(links.data?.links.map((item) => item.postId));
  const options = (posts.data ?? []).map((post) => ({
    value: post.id,
    label: `${excerpt(post.text)} (${t(`content.posts.statuses.${post.status}`)})`,
    disabled: linked.has(post.id),
  }));
  const left = links.data?.minutesLeft ?? 0;

  return (
    <AppModal
      opened
      onClose={onClose}
      title={<Text fw={600}>{t('content.effort.entryModal.title')}</Text>}
      size="lg"
    >
      {links.isError && <ErrorState error={links.error} onRetry={() => void links.refetch()} />}
      {links.isPending && <Skeleton h={120} />}
      {links.data && (
        <Stack gap="md">
          <Text size="sm" data-testid="entry-links-summary">
            {t('content.effort.entryModal.summary', {
              duration: duration(links.data.entryMinutes),
              left: duration(left),
            })}
          </Text>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('content.effort.entryModal.links')}
            </Text>
            {links.data.links.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('content.effort.entryModal.noLinks')}
              </Text>
            ) : (
              <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {links.data.links.map((item) => (
                  <Group
                    key={item.postId}
                    component="li"
                    justify="space-between"
                    wrap="nowrap"
                    gap="xs"
                    data-testid="entry-link"
                  >
                    <AnchorLink
                      to="/w/$workspaceId/posts/$postId"
                      params={{ workspaceId, postId: item.postId }}
                      size="sm"
                      lineClamp={1}
                    >
                      {excerpt(item.excerpt)}
                    </AnchorLink>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {duration(item.minutes)}
                      </Text>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('content.effort.unlinkPost', { post: excerpt(item.excerpt) })}
                        loading={unlink.isPending}
                        onClick={() =>
                          unlink.mutate(
                            { entryId: entry.id, postId: item.postId },
                            {
                              onSuccess: () => notifySuccess(t('content.effort.unlinked')),
                              onError: notifyProblem,
                            },
                          )
                        }
                      >
                        <IconUnlink size={16} />
                      </ActionIcon>
                    </Group>
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
          {left === 0 ? (
            <Alert color="gray">{t('content.effort.entryModal.full')}</Alert>
          ) : (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (!postId) return;
                link.mutate(
                  { entryId: entry.id, postId, minutes: minutes === '' ? null : minutes },
                  {
                    onSuccess: () => {
                      notifySuccess(t('content.effort.linked'));
                      setPostId(null);
                      setMinutes('');
                    },
                    onError: notifyProblem,
                  },
                );
              }}
            >
              <Group align="flex-end" gap="xs" wrap="wrap">
                <Select
                  label={t('content.effort.entryModal.post')}
                  placeholder={t('content.effort.entryModal.postPlaceholder')}
                  nothingFoundMessage={t('content.effort.entryModal.noPosts')}
                  data={options}
                  value={postId}
                  onChange={setPostId}
                  searchable
                  data-autofocus
                  style={{ flex: '1 1 16rem' }}
                />
                <NumberInput
                  label={t('content.effort.minutes')}
                  value={minutes}
                  onChange={(value) => setMinutes(typeof value === 'number' ? value : '')}
                  min={1}
                  max={left}
                  allowDecimal={false}
                  w="8rem"
                />
                <Button
                  type="submit"
                  leftSection={<IconLink size={14} aria-hidden />}
                  loading={link.isPending}
                  disabled={!postId}
                >
                  {t('content.effort.link')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                {t('content.effort.minutesHelp', { left: duration(left) })}
              </Text>
            </form>
          )}
        </Stack>
      )}
    </AppModal>
  );
}
