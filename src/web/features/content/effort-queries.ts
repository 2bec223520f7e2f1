import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  entryPostLinksSchema,
  type LinkEntryBody,
  linkableEntriesSchema,
  postEffortsSchema,
} from '../../../contracts/post-efforts.js';
import { api } from '../../app/api.js';
import { resultsKey } from '../results/results-queries.js';
import { contentKey } from './content-queries.js';

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}`;
const entryLinksKey = (workspaceId: string) => ['workspaces', workspaceId, 'entry-post-links'] as const;

export function postEffortsQueryOptions(workspaceId: string, postId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'efforts', postId],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posts/${postId}/efforts`, { schema: postEffortsSchema, signal }),
  });
}

export function linkableEntriesQueryOptions(workspaceId: string, postId: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'linkable-entries', postId],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posts/${postId}/linkable-entries`, { schema: linkableEntriesSchema, signal }),
  });
}

export function entryPostLinksQueryOptions(workspaceId: string, entryId: string) {
  return queryOptions({
    queryKey: [...entryLinksKey(workspaceId), entryId],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/time-entries/${entryId}/post-links`, {
        schema: entryPostLinksSchema,
        signal,
      }),
  });
}

/** A link moves a post's effort: the posts, the entry's links and the results' effort table refresh. */
function useLinkMutation<Input>(workspaceId: string, call: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) });
      await queryClient.invalidateQueries({ queryKey: entryLinksKey(workspaceId) });
      await queryClient.invalidateQueries({ queryKey: resultsKey(workspaceId) });
    },
  });
}

export function useLinkEntry(workspaceId: string) {
  return useLinkMutation(workspaceId, ({ entryId, ...body }: LinkEntryBody & { entryId: string }) =>
    api(`${base(workspaceId)}/time-entries/${entryId}/post-links`, {
      method: 'POST',
      body,
      schema: entryPostLinksSchema,
    }),
  );
}

export function useUnlinkEntry(workspaceId: string) {
  return useLinkMutation(workspaceId, ({ entryId, postId }: { entryId: string; postId: string }) =>
    api(`${base(workspaceId)}/time-entries/${entryId}/post-links/${postId}`, {
      method: 'DELETE',
      schema: null,
    }),
  );
}
