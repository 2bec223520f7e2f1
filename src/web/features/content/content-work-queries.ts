import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { postSchema } from '../../../contracts/content.js';
import {
  type BatchPostBody,
  batchPlanSchema,
  batchPostResultSchema,
  contentSessionSchema,
  currentContentSessionSchema,
  postEventsSchema,
  type SendForApprovalBody,
} from '../../../contracts/content-work.js';
import { api } from '../../app/api.js';
import { useInvalidateTime } from '../tracking/tracking-queries.js';
import { contentKey } from './content-queries.js';

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}`;

export function batchPlanQueryOptions(workspaceId: string, weekStart: string | null) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'batch-plan', weekStart],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/batch-plan${weekStart ? `?weekStart=${weekStart}` : ''}`, {
        schema: batchPlanSchema,
        signal,
      }),
  });
}

export function currentSessionQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'session'],
    queryFn: async ({ signal }) =>
      (
        await api(`${base(workspaceId)}/content-sessions/current`, {
          schema: currentContentSessionSchema,
          signal,
        })
      ).session,
    refetchInterval: 60_000,
  });
}

export function postEventsQueryOptions(workspaceId: string, postId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'post-events', postId],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posts/${postId}/events`, { schema: postEventsSchema, signal }),
  });
}

/** Sessions move the timer too: the header's timer and the time pages refresh with them. */
function useSessionMutation<Input, Output>(workspaceId: string, call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  const invalidateTime = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) });
      await invalidateTime();
    },
  });
}

export function useStartSession(workspaceId: string) {
  return useSessionMutation(workspaceId, (postId: string | null) =>
    api(`${base(workspaceId)}/content-sessions`, {
      method: 'POST',
      body: { postId },
      schema: contentSessionSchema,
    }),
  );
}

export function useStopSession(workspaceId: string) {
  return useSessionMutation(workspaceId, (sessionId: string) =>
    api(`${base(workspaceId)}/content-sessions/${sessionId}/stop`, {
      method: 'POST',
      schema: contentSessionSchema,
    }),
  );
}

export function useWriteBatchPost(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, body }: { sessionId: string; body: BatchPostBody }) =>
      api(`${base(workspaceId)}/content-sessions/${sessionId}/posts`, {
        method: 'POST',
        body,
        schema: batchPostResultSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) }),
  });
}

type ReviewInput =
  | { postId: string; action: 'send-for-approval'; body: SendForApprovalBody }
  | { postId: string; action: 'approve'; body: { comment: string | null } }
  | { postId: string; action: 'request-changes'; body: { comment: string } };

export function useReviewPost(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewInput) =>
      api(`${base(workspaceId)}/posts/${input.postId}/${input.action}`, {
        method: 'POST',
        body: input.body,
        schema: postSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) }),
  });
}

export function useCommentPost(workspaceId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: string) =>
      api(`${base(workspaceId)}/posts/${postId}/comments`, {
        method: 'POST',
        body: { comment },
        schema: z.array(postEventsSchema.element),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) }),
  });
}
