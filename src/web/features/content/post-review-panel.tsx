import { Alert, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../contracts/content.js';
import type { Workspace } from '../../../contracts/workspaces.js';
import { canCommentOnPost, canReviewPost, canSendForApproval } from '../../../core/access/index.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { postEventsQueryOptions, useCommentPost, useReviewPost } from './content-work-queries.js';
import { formatPostTime } from './post-status-badge.js';

/**
 * Approval and the post's thread: the writer sends it to the client, who approves it or asks for
 * changes with a comment; everyone comments; the history says who did what, and when.
 */
export function PostReviewPanel({ post, workspace }: { post: Post; workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const events = useQuery(postEventsQueryOptions(workspace.id, post.id));
  const review = useReviewPost(workspace.id);
  const comment = useCommentPost(workspace.id, post.id);
  const [text, setText] = useState('');
  const isAwaiting = post.status === 'awaiting_approval';
  const canSend =
    workspace.postsNeedApproval &&
    canSendForApproval(workspace.role) &&
    (post.status === 'draft' || post.status === 'ready');
  const canReview = isAwaiting && canReviewPost(workspace.role);
  const time = (instant: string) => formatPostTime(instant, workspace.timeZone, i18n.language);

  const act = (input: Parameters<typeof review.mutate>[0], message: string) =>
    review.mutate(input, {
      onSuccess: () => {
        setText('');
        notifySuccess(message);
      },
      onError: notifyProblem,
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="post-review-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="post-review-title">
          {t('content.review.title')}
        </Title>
        {workspace.postsNeedApproval && post.status !== 'published' && (
          <Text size="sm" c="dimmed">
            {t('content.review.needsApproval')}
          </Text>
        )}
        {post.approvedAt && (
          <Text size="sm" c="teal.9" data-testid="approved-on">
            {t('content.review.approvedOn', { date: time(post.approvedAt) })}
          </Text>
        )}
        {isAwaiting && !canReview && <Alert color="indigo">{t('content.review.waiting')}</Alert>}
        {canSend && (
          <Group>
            <Button
              variant="light"
              loading={review.isPending}
              onClick={() =>
                act(
                  { postId: post.id, action: 'send-for-approval', body: { at: null } },
                  t('content.review.sent'),
                )
              }
            >
              {t('content.review.send')}
            </Button>
          </Group>
        )}
        {canCommentOnPost(workspace.role) && (
          <GrowingTextarea
            label={canReview ? t('content.review.changesLabel') : t('content.review.comment')}
            placeholder={t('content.review.commentPlaceholder')}
            minRows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        )}
        <Group gap="sm">
          {canReview && (
            <>
              <Button
                color="teal.9"
                loading={review.isPending}
                onClick={() =>
                  act(
                    { postId: post.id, action: 'approve', body: { comment: text.trim() || null } },
                    t('content.review.approved'),
                  )
                }
                data-testid="approve-post"
              >
                {t('content.review.approve')}
              </Button>
              <Button
                variant="default"
                disabled={text.trim().length === 0}
                loading={review.isPending}
                onClick={() =>
                  act(
                    { postId: post.id, action: 'request-changes', body: { comment: text.trim() } },
                    t('content.review.changesRequested'),
                  )
                }
              >
                {t('content.review.requestChanges')}
              </Button>
            </>
          )}
          {canCommentOnPost(workspace.role) && (
            <Button
              variant="subtle"
              disabled={text.trim().length === 0}
              loading={comment.isPending}
              onClick={() =>
                comment.mutate(text.trim(), {
                  onSuccess: () => {
                    setText('');
                    notifySuccess(t('content.review.commented'));
                  },
                  onError: notifyProblem,
                })
              }
            >
              {t('content.review.addComment')}
            </Button>
          )}
        </Group>
        <Title order={3} size="h5">
          {t('content.review.history')}
        </Title>
        {events.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('content.review.noHistory')}
          </Text>
        )}
        <Timeline bulletSize={12} lineWidth={2} data-testid="post-history">
          {(events.data ?? []).map((event) => (
            <Timeline.Item
              key={event.id}
              title={t(`content.review.events.${event.kind}`, {
                name:
                  event.userName ??
                  (event.userId ? t('content.review.someone') : t('content.review.cadence')),
              })}
            >
              {event.comment && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.comment}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {time(event.createdAt)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}
