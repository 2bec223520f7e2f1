import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Me, meSchema, type UpdateMeBody } from '../../contracts/me.js';
import { api, isProblem } from './api.js';

export const meQueryKey = ['me'] as const;

/** Who is signed in; `null` when nobody is (the API answered 401). */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return await api('/api/me', { schema: meSchema, signal });
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
