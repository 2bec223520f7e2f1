import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type CreateIdeaBody,
  type CreatePostInput,
  dueByHandSchema,
  type IdeasQuery,
  ideaSchema,
  type PostingSlotBody,
  postingSlotsViewSchema,
  postSchema,
  type SchedulePostBody,
  type UpdateIdeaBody,
  type UpdatePostInput,
} from '../../../contracts/content.js';
import { type CalendarPostsQuery, calendarPostSchema } from '../../../contracts/content-calendar.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { api } from '../../app/api.js';

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}`;
export const contentKey = (workspaceId: string) => ['workspaces', workspaceId, 'content'] as const;

function toSearch(params: Record<string, string | undefined>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function ideasQueryOptions(workspaceId: string, query: IdeasQuery) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'ideas', query],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/ideas${toSearch(query)}`, { schema: z.array(ideaSchema), signal }),
    placeholderData: keepPreviousData,
  });
}

export type PostsFilter = {
  from?: string;
  to?: string;
  status?: string;
  network?: string;
  pillarId?: string;
  authorUserId?: string;
};

export function postsQueryOptions(workspaceId: string, filter: PostsFilter) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'posts', filter],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posts${toSearch(filter)}`, { schema: z.array(postSchema), signal }),
    placeholderData: keepPreviousData,
  });
}

/** A period of the editorial calendar (and the week's targets): the lean calendar shape. */
export function calendarPostsQueryOptions(
  workspaceId: string,
  query: Omit<PostsFilter, 'from' | 'to'> & Pick<CalendarPostsQuery, 'from' | 'to'>,
) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'calendar', query],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posts/calendar${toSearch(query)}`, {
        schema: z.array(calendarPostSchema),
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function postQueryOptions(workspaceId: string, postId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'post', postId],
    queryFn: ({ signal }) => api(`${base(workspaceId)}/posts/${postId}`, { schema: postSchema, signal }),
  });
}

/** Read from the clock on the server: polled, so the list fills in when a time comes. */
export function dueByHandQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'due-by-hand'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posts/due-by-hand`, { schema: dueByHandSchema, signal }),
    refetchInterval: 60_000,
  });
}

export function postingSlotsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'posting-slots'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posting-slots`, { schema: postingSlotsViewSchema, signal }),
  });
}

/** Every content write refreshes every content view (ideas, posts, calendar) of the workspace. */
function useContentMutation<Input, Output>(
  workspaceId: string,
  call: (input: Input) => Promise<Output>,
  networkMode: 'online' | 'always' = 'online',
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    networkMode,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) }),
  });
}

/**
 * Tried even offline ('always'): the failure lets the capture keep the idea on the device
 * (offline-ideas.ts), where it survives a reload, instead of a mutation paused in memory.
 */
export function useCreateIdea(workspaceId: string) {
  return useContentMutation(
    workspaceId,
    (body: Partial<CreateIdeaBody> & { text: string }) =>
      api(`${base(workspaceId)}/ideas`, { method: 'POST', body, schema: ideaSchema }),
    'always',
  );
}

export function useUpdateIdea(workspaceId: string) {
  return useContentMutation(workspaceId, ({ ideaId, body }: { ideaId: string; body: UpdateIdeaBody }) =>
    api(`${base(workspaceId)}/ideas/${ideaId}`, { method: 'PATCH', body, schema: ideaSchema }),
  );
}

export function useDeleteIdea(workspaceId: string) {
  return useContentMutation(workspaceId, (ideaId: string) =>
    api(`${base(workspaceId)}/ideas/${ideaId}`, { method: 'DELETE', schema: null }),
  );
}

export function useIdeaToPost(workspaceId: string) {
  return useContentMutation(workspaceId, (ideaId: string) =>
    api(`${base(workspaceId)}/ideas/${ideaId}/post`, { method: 'POST', schema: postSchema }),
  );
}

export function useCreatePost(workspaceId: string) {
  return useContentMutation(workspaceId, (body: Partial<CreatePostInput>) =>
    api(`${base(workspaceId)}/posts`, { method: 'POST', body, schema: postSchema }),
  );
}

export function useUpdatePost(workspaceId: string, postId: string) {
  return useContentMutation(workspaceId, (body: UpdatePostInput) =>
    api(`${base(workspaceId)}/posts/${postId}`, { method: 'PATCH', body, schema: postSchema }),
  );
}

export function useDeletePost(workspaceId: string) {
  return useContentMutation(workspaceId, (postId: string) =>
    api(`${base(workspaceId)}/posts/${postId}`, { method: 'DELETE', schema: null }),
  );
}

type PostAction =
  | { postId: string; action: 'schedule'; body: SchedulePostBody }
  | { postId: string; action: 'move'; body: { date: string } }
  | { postId: string; action: 'queue' | 'unschedule' }
  | { postId: string; action: 'published'; network: NetworkKey; body: { url: string } };

export function usePostAction(workspaceId: string) {
  return useContentMutation(workspaceId, (input: PostAction) => {
    const path =
      input.action === 'published'
        ? `posts/${input.postId}/versions/${input.network}/published`
        : `posts/${input.postId}/${input.action}`;
    return api(`${base(workspaceId)}/${path}`, {
      method: 'POST',
      ...('body' in input ? { body: input.body } : {}),
      schema: postSchema,
    });
  });
}

export function useSetPostingSlots(workspaceId: string) {
  return useContentMutation(workspaceId, (slots: PostingSlotBody[]) =>
    api(`${base(workspaceId)}/posting-slots`, {
      method: 'PUT',
      body: { slots },
      schema: postingSlotsViewSchema,
    }),
  );
}
