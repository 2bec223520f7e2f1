import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { objectivesViewSchema, personaSchema, strategyViewSchema } from '../../../contracts/strategy.js';
import { api } from '../../app/api.js';

export function strategyQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'strategy'],
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/strategy`, { schema: strategyViewSchema, signal }),
  });
}

export function personasQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'personas'],
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/personas`, { schema: z.array(personaSchema), signal }),
  });
}

export function objectivesQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'objectives'],
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/objectives`, { schema: objectivesViewSchema, signal }),
  });
}

type Call = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: unknown };

/** One mutation for every strategy write: the answer is not needed, the views are refetched. */
export function useStrategyWrite(workspaceId: string, resource: 'strategy' | 'personas' | 'objectives') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Call) =>
      api(`/api/workspaces/${workspaceId}/${path}`, { method, body, schema: null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, resource] }),
  });
}
