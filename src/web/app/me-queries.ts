import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Me, meSchema, sessionSchema, type UpdateMeBody } from '../../contracts/me.js';
import { api, isProblem } from './api.js';

export const meQueryKey = ['me'] as const;

/**
 * Who is signed in; `null` when nobody is. Asked through /api/session, which answers a visitor
 * 200 with `null` (index.html preloads it); a 401 still means nobody (a session ended meanwhile).
 */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return (await api('/api/session', { schema: sessionSchema, signal })).me;
    } catch (error) {
      if (isProblem(error) && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 30_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => api('/api/me', { method: 'PATCH', body, schema: meSchema }),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
