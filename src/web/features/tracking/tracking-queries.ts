import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type CreateTimeEntryBody,
  entryPageSchema,
  plannedVsActualSchema,
  runningTimerSchema,
  stoppedTimerSchema,
  timeEntrySchema,
  timerStateSchema,
} from '../../../contracts/tracking.js';
import { api } from '../../app/api.js';
import { routineKey, timerKey } from '../routine/routine-queries.js';

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}`;
const trackingKey = (workspaceId: string) => ['workspaces', workspaceId, 'tracking'] as const;

export function timerQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: timerKey(workspaceId),
    queryFn: ({ signal }) => api(`${base(workspaceId)}/timer`, { schema: timerStateSchema, signal }),
    refetchInterval: 60_000,
  });
}

function useInvalidateTime(workspaceId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: timerKey(workspaceId) });
    await queryClient.invalidateQueries({ queryKey: trackingKey(workspaceId) });
    await queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) });
  };
}

export function useStartTimer(workspaceId: string) {
  const invalidate = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: (body: { categoryId: string; note?: string }) =>
      api(`${base(workspaceId)}/timer/start`, { method: 'POST', body, schema: runningTimerSchema }),
    onSettled: invalidate,
  });
}

export function useStopTimer(workspaceId: string) {
  const invalidate = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: () => api(`${base(workspaceId)}/timer/stop`, { method: 'POST', schema: stoppedTimerSchema }),
    onSettled: invalidate,
  });
}

export function useCutBackTimer(workspaceId: string) {
  const invalidate = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: (endedAt: string) =>
      api(`${base(workspaceId)}/timer/cut-back`, {
        method: 'POST',
        body: { endedAt },
        schema: stoppedTimerSchema,
      }),
    onSettled: invalidate,
  });
}

export function plannedVsActualQueryOptions(workspaceId: string, weekStart: string) {
  return queryOptions({
    queryKey: [...trackingKey(workspaceId), 'planned-vs-actual', weekStart],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/planned-vs-actual?weekStart=${weekStart}`, {
        schema: plannedVsActualSchema,
        signal,
      }),
    placeholderData: (previous) => previous,
  });
}

export function entriesQueryOptions(workspaceId: string, from: string, to: string) {
  return queryOptions({
    queryKey: [...trackingKey(workspaceId), 'entries', from, to],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/time-entries?from=${from}&to=${to}&pageSize=500`, {
        schema: entryPageSchema,
        signal,
      }),
  });
}

export function useCreateEntry(workspaceId: string) {
  const invalidate = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: (body: Partial<CreateTimeEntryBody>) =>
      api(`${base(workspaceId)}/time-entries`, { method: 'POST', body, schema: timeEntrySchema }),
    onSettled: invalidate,
  });
}

export function useDeleteEntry(workspaceId: string) {
  const invalidate = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: (entryId: string) =>
      api(`${base(workspaceId)}/time-entries/${entryId}`, { method: 'DELETE', schema: null }),
    onSettled: invalidate,
  });
}
