import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type CreateTimeEntryBody,
  type EntryFilters,
  entryPageSchema,
  importBatchSchema,
  plannedVsActualSchema,
  type SetTimesheetCellBody,
  type startTimerBodySchema,
  stoppedTimerSchema,
  timeEntrySchema,
  timerStateSchema,
  timesheetSchema,
  trendSchema,
  type UpdateTimeEntryBody,
} from '../../../contracts/tracking.js';
import { api } from '../../app/api.js';
import { routineKey, timerKey } from '../routine/routine-queries.js';

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}`;
type StartTimerInput = z.input<typeof startTimerBodySchema>;
export const trackingKey = (workspaceId: string) => ['workspaces', workspaceId, 'tracking'] as const;

export function timerQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: timerKey(workspaceId),
    queryFn: ({ signal }) => api(`${base(workspaceId)}/timer`, { schema: timerStateSchema, signal }),
    refetchInterval: 60_000,
  });
}

export function useInvalidateTime(workspaceId: string) {
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
    mutationFn: (body: StartTimerInput) =>
      api(`${base(workspaceId)}/timer/start`, { method: 'POST', body, schema: timerStateSchema }),
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
        schema: timeEntrySchema,
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

/** The query string of entry filters (empty values left out). */
export function entryFiltersQuery(filters: EntryFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params.toString();
}

export function entriesQueryOptions(workspaceId: string, filters: EntryFilters, page: number, pageSize = 50) {
  const query = entryFiltersQuery(filters);
  return queryOptions({
    queryKey: [...trackingKey(workspaceId), 'entries', query, page, pageSize],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/time-entries?${query ? `${query}&` : ''}page=${page}&pageSize=${pageSize}`, {
        schema: entryPageSchema,
        signal,
      }),
    placeholderData: (previous) => previous,
  });
}

/** The person's two latest entries (one may be running): the header's "resume"; the frame loads them. */
export const lastEntryQueryOptions = (workspaceId: string, userId: string) =>
  entriesQueryOptions(workspaceId, { userId }, 1, 2);

export function trendQueryOptions(workspaceId: string, weekStart: string) {
  return queryOptions({
    queryKey: [...trackingKey(workspaceId), 'trend', weekStart],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/planned-vs-actual/trend?weekStart=${weekStart}&weeks=12`, {
        schema: trendSchema,
        signal,
      }),
    placeholderData: (previous) => previous,
  });
}

/** A member's week: the caller's own when `userId` is null. */
export function timesheetQueryOptions(workspaceId: string, weekStart: string, userId: string | null = null) {
  const member = userId ? `&userId=${encodeURIComponent(userId)}` : '';
  return queryOptions({
    queryKey: [...trackingKey(workspaceId), 'timesheet', weekStart, userId],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/timesheet?weekStart=${weekStart}${member}`, {
        schema: timesheetSchema,
        signal,
      }),
  });
}

/** One cell per call: the grid saves its edited cells one after the other. */
export function useSetTimesheetCell(workspaceId: string) {
  return useMutation({
    mutationFn: (body: SetTimesheetCellBody) =>
      api(`${base(workspaceId)}/timesheet/cell`, { method: 'PUT', body, schema: timesheetSchema }),
  });
}

export function useUpdateEntry(workspaceId: string) {
  const invalidate = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: UpdateTimeEntryBody }) =>
      api(`${base(workspaceId)}/time-entries/${entryId}`, { method: 'PATCH', body, schema: timeEntrySchema }),
    onSettled: invalidate,
  });
}

export function useDuplicateEntry(workspaceId: string) {
  const invalidate = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: ({ entryId, date }: { entryId: string; date: string }) =>
      api(`${base(workspaceId)}/time-entries/${entryId}/duplicate`, {
        method: 'POST',
        body: { date },
        schema: timeEntrySchema,
      }),
    onSettled: invalidate,
  });
}

export function importsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...trackingKey(workspaceId), 'imports'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/imports`, { schema: z.array(importBatchSchema), signal }),
  });
}

export function useUndoImport(workspaceId: string) {
  const invalidate = useInvalidateTime(workspaceId);
  return useMutation({
    mutationFn: (batchId: string) =>
      api(`${base(workspaceId)}/imports/${batchId}`, { method: 'DELETE', schema: null }),
    onSettled: invalidate,
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
