import { Button, Group, Text } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../contracts/content.js';
import { formatMinutes } from '../../../core/format/format-minutes.js';
import { notifyProblem } from '../../ui/notify.js';
import { currentSessionQueryOptions, useStartSession, useStopSession } from './content-work-queries.js';

/** A timer on this one post: its minutes become the post's effort when it stops. */
export function PostTimerButton({
  post,
  workspaceId,
  canWrite,
}: {
  post: Post;
  workspaceId: string;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const current = useQuery({ ...currentSessionQueryOptions(workspaceId), enabled: canWrite });
  const start = useStartSession(workspaceId);
  const stop = useStopSession(workspaceId);
  const session = current.data?.postId === post.id ? current.data : null;
  return (
    <Group gap="sm">
      {post.effortMinutes > 0 && (
        <Text size="sm" c="dimmed" data-testid="post-effort">
          {t('content.timer.effort', { duration: formatMinutes(post.effortMinutes, i18n.language) })}
        </Text>
      )}
      {canWrite &&
        post.status !== 'published' &&
        (session ? (
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconPlayerStop size={14} aria-hidden />}
            loading={stop.isPending}
            onClick={() => stop.mutate(session.id, { onError: notifyProblem })}
          >
            {t('content.timer.stop')}
          </Button>
        ) : (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlayerPlay size={14} aria-hidden />}
            loading={start.isPending}
            onClick={() => start.mutate(post.id, { onError: notifyProblem })}
          >
            {t('content.timer.start')}
          </Button>
        ))}
    </Group>
  );
}
