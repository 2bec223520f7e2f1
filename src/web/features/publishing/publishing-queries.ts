import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  publicationProblemSchema,
  publicationSchema,
  type ReschedulePublicationBody,
} from '../../../contracts/publishing.js';
import { api } from '../../app/api.js';
import { contentKey } from '../content/content-queries.js';

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}`;

/** Refreshed every 15 s while a publication may still change by itself (its minute, a retry). */
export function postPublicationsQueryOptions(workspaceId: string, postId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'publications', postId],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posts/${postId}/publications`, {
        schema: z.array(publicationSchema),
        signal,
      }),
    refetchInterval: (query) =>
      query.state.data?.some((item) => ['scheduled', 'publishing', 'unknown'].includes(item.status))
        ? 15_000
        : false,
  });
}

export function publicationProblemsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'publication-problems'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/publications/problems`, {
        schema: z.array(publicationProblemSchema),
        signal,
      }),
    refetchInterval: 60_000,
  });
}

/** Retry now, or reschedule; both refresh every content view (post states follow). */
export function usePublicationAction(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ publicationId, body }: { publicationId: string; body?: ReschedulePublicationBody }) =>
      api(`${base(workspaceId)}/publications/${publicationId}/${body ? 'reschedule' : 'retry'}`, {
        method: 'POST',
        ...(body ? { body } : {}),
        schema: publicationSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) }),
  });
}
