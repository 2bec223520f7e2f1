import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  apiTokenSchema,
  type CreateApiTokenBody,
  createdApiTokenSchema,
} from '../../../contracts/api-tokens.js';
import { api } from '../../app/api.js';

const key = ['me', 'api-tokens'] as const;

export const apiTokensQueryOptions = queryOptions({
  queryKey: key,
  queryFn: ({ signal }) => api('/api/me/api-tokens', { schema: z.array(apiTokenSchema), signal }),
});

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenBody) =>
      api('/api/me/api-tokens', { method: 'POST', body, schema: createdApiTokenSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => api(`/api/me/api-tokens/${tokenId}`, { method: 'DELETE', schema: null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
