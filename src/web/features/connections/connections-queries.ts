import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ConnectBlueskyBody,
  type ConnectWebhookBody,
  connectedAccountSchema,
  connectionsViewSchema,
  startMastodonAnswerSchema,
} from '../../../contracts/connections.js';
import { canSeeConnections } from '../../../core/access/index.js';
import type { Role } from '../../../core/access/roles.js';
import { api } from '../../app/api.js';

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}/connections`;
export const connectionsKey = (workspaceId: string) => ['workspaces', workspaceId, 'connections'] as const;

/** The accounts, the editor's limits per network and the warnings: one small answer. */
export function connectionsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: connectionsKey(workspaceId),
    queryFn: ({ signal }) => api(base(workspaceId), { schema: connectionsViewSchema, signal }),
  });
}

/** For other pages (the post editor): the view when the caller may read it, else nothing. */
export function useConnectionsView(workspaceId: string, role: Role) {
  return useQuery({ ...connectionsQueryOptions(workspaceId), enabled: canSeeConnections(role) }).data;
}

function useRefreshAfter<Variables, Result>(
  workspaceId: string,
  call: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // A failed test also changed the account's health: refresh in both cases.
    onSettled: () => queryClient.invalidateQueries({ queryKey: connectionsKey(workspaceId) }),
  });
}

export function useStartMastodon(workspaceId: string) {
  return useMutation({
    mutationFn: (instance: string) =>
      api(`${base(workspaceId)}/mastodon`, {
        method: 'POST',
        body: { instance },
        schema: startMastodonAnswerSchema,
      }),
  });
}

export const useConnectBluesky = (workspaceId: string) =>
  useRefreshAfter(workspaceId, (body: ConnectBlueskyBody) =>
    api(`${base(workspaceId)}/bluesky`, { method: 'POST', body, schema: connectedAccountSchema }),
  );

export const useConnectWebhook = (workspaceId: string) =>
  useRefreshAfter(workspaceId, (body: ConnectWebhookBody) =>
    api(`${base(workspaceId)}/webhook`, { method: 'POST', body, schema: connectedAccountSchema }),
  );

export const useTestConnection = (workspaceId: string) =>
  useRefreshAfter(workspaceId, (connectionId: string) =>
    api(`${base(workspaceId)}/${connectionId}/test`, { method: 'POST', schema: connectedAccountSchema }),
  );

export const useDisconnect = (workspaceId: string) =>
  useRefreshAfter(workspaceId, (connectionId: string) =>
    api(`${base(workspaceId)}/${connectionId}`, { method: 'DELETE', schema: null }),
  );
