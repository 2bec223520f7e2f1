import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { rushWeekSchema, rushWeeksViewSchema } from '../../../contracts/rush-weeks.js';
import { api } from '../../app/api.js';
import { routineKey } from './routine-queries.js';

const rushWeeksUrl = (workspaceId: string) => `/api/workspaces/${workspaceId}/routine/rush-weeks`;

export function rushWeeksQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...routineKey(workspaceId), 'rush-weeks'],
    queryFn: ({ signal }) => api(rushWeeksUrl(workspaceId), { schema: rushWeeksViewSchema, signal }),
  });
}

/** Turns rush mode on or off for a week; the routine, Today and regularity are read again. */
export function useSetRushWeek(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ weekStart, isOn }: { weekStart: string; isOn: boolean }) =>
      isOn
        ? api(`${rushWeeksUrl(workspaceId)}/${weekStart}`, { method: 'PUT', schema: rushWeekSchema })
        : api(`${rushWeeksUrl(workspaceId)}/${weekStart}`, { method: 'DELETE', schema: null }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) });
      await queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'regularity'] });
    },
  });
}
