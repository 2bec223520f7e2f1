import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Locale } from '../../../contracts/common.js';
import {
  type CreateWorkspaceBody,
  type UpdateWorkspaceBody,
  workspaceSchema,
} from '../../../contracts/workspaces.js';
import { api } from '../../app/api.js';
import { deferred } from '../../app/deferred-schema.js';
import { meQueryKey } from '../../app/me-queries.js';

export const workspacesQueryOptions = queryOptions({
  queryKey: ['workspaces'],
  queryFn: ({ signal }) => api('/api/workspaces', { schema: z.array(workspaceSchema), signal }),
});

export function workspaceQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId],
    queryFn: ({ signal }) => api(`/api/workspaces/${workspaceId}`, { schema: workspaceSchema, signal }),
    retry: (count, error) => count < 2 && !('status' in error && error.status === 404),
  });
}

const createdIdSchema = deferred(() => z.object({ workspaceId: z.uuid() }));

/** After any change to the list of workspaces, the list, the profile and the workspace are refetched. */
function useInvalidateWorkspaces() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['workspaces'] }),
      queryClient.invalidateQueries({ queryKey: meQueryKey }),
    ]);
}

export function useCreateWorkspace() {
  const invalidate = useInvalidateWorkspaces();
  return useMutation({
    mutationFn: (body: CreateWorkspaceBody) =>
      api('/api/workspaces', { method: 'POST', body, schema: workspaceSchema }),
    onSuccess: () => invalidate(),
  });
}

export function useCreateDemoWorkspace() {
  const invalidate = useInvalidateWorkspaces();
  return useMutation({
    mutationFn: (body: { locale: Locale; timeZone: string }) =>
      api('/api/demo-workspace', { method: 'POST', body, schema: createdIdSchema }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateWorkspaceBody) =>
      api(`/api/workspaces/${workspaceId}`, { method: 'PATCH', body, schema: workspaceSchema }),
    onSuccess: (workspace) => {
      queryClient.setQueryData(['workspaces', workspaceId], workspace);
      void queryClient.invalidateQueries({ queryKey: ['workspaces'], exact: true });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useDeleteWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/api/workspaces/${workspaceId}`, { method: 'DELETE', schema: null }),
    // The caller leaves the page, then drops the workspace's cached data.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['workspaces'], exact: true });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
