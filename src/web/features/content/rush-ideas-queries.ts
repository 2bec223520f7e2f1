import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { postSchema } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { rushIdeasSchema } from '../../../contracts/rush-ideas.js';
import { api } from '../../app/api.js';
import { contentKey } from './content-queries.js';

/** Under the content key: any post or idea written anywhere refreshes the rush view. */
export function rushIdeasQueryOptions(workspaceId: string, week: string) {
  return queryOptions({
    queryKey: [...contentKey(workspaceId), 'rush-ideas', week],
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/rush-ideas?week=${week}`, { schema: rushIdeasSchema, signal }),
  });
}

/** One click: the idea becomes a draft for that network at the week's empty slot of it. */
export function useRushIdeaDraft(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ideaId, network, week }: { ideaId: string; network: NetworkKey; week: string }) =>
      api(`/api/workspaces/${workspaceId}/rush-ideas/${ideaId}/draft`, {
        method: 'POST',
        body: { network, week },
        schema: postSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: contentKey(workspaceId) }),
  });
}
