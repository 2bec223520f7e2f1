import { queryOptions } from '@tanstack/react-query';
import { regularitySchema } from '../../../contracts/regularity.js';
import { api } from '../../app/api.js';

export const regularityKey = (workspaceId: string) => ['workspaces', workspaceId, 'regularity'] as const;

export function regularityQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: regularityKey(workspaceId),
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/regularity`, { schema: regularitySchema, signal }),
  });
}
