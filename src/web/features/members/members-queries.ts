import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type CreateInvitationBody,
  createdInvitationSchema,
  invitationSchema,
  memberSchema,
  type UpdateMemberBody,
} from '../../../contracts/workspaces.js';
import { api } from '../../app/api.js';
import { meQueryKey } from '../../app/me-queries.js';

export function membersQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'members'],
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/members`, { schema: z.array(memberSchema), signal }),
  });
}

/** Open invitations: managers and owners only (the API refuses the others). */
export function invitationsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'invitations'],
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/invitations`, { schema: z.array(invitationSchema), signal }),
  });
}

export function useUpdateMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateMemberBody }) =>
      api(`/api/workspaces/${workspaceId}/members/${encodeURIComponent(userId)}`, {
        method: 'PATCH',
        body,
        schema: memberSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId] }),
  });
}

export function useRemoveMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api(`/api/workspaces/${workspaceId}/members/${encodeURIComponent(userId)}`, {
        method: 'DELETE',
        schema: null,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'members'] }),
  });
}

export function useCreateInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) =>
      api(`/api/workspaces/${workspaceId}/invitations`, {
        method: 'POST',
        body,
        schema: createdInvitationSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'invitations'] }),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api(`/api/workspaces/${workspaceId}/invitations/${invitationId}`, { method: 'DELETE', schema: null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'invitations'] }),
  });
}

export function useLeaveWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/api/workspaces/${workspaceId}/leave`, { method: 'POST', schema: null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await queryClient.invalidateQueries({ queryKey: ['workspaces'], exact: true });
    },
  });
}
