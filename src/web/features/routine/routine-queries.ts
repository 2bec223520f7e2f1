import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Category, categorySchema } from '../../../contracts/budget.js';
import {
  createdCalendarFeedSchema,
  generatedRoutineSchema,
  occurrencesViewSchema,
  routineBlockSchema,
  routineComparisonSchema,
  routineOccurrenceSchema,
  todayViewSchema,
  type UpdateRoutineBlockBody,
} from '../../../contracts/routine.js';
import { api } from '../../app/api.js';

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}`;
export const routineKey = (workspaceId: string) => ['workspaces', workspaceId, 'routine'] as const;
export const timerKey = (workspaceId: string) => ['workspaces', workspaceId, 'timer'] as const;

export function categoriesQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'categories'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/categories`, { schema: z.array(categorySchema), signal }),
    staleTime: 60_000,
  });
}

/** A category's display name: reference ones are translated by their key. */
export function useCategoryName() {
  const { t } = useTranslation();
  return (category: Pick<Category, 'referenceKey' | 'name'> | undefined) => {
    if (!category) return t('routine.categories.unnamed');
    if (category.name) return category.name;
    if (category.referenceKey) return t(`routine.categories.${category.referenceKey}`);
    return t('routine.categories.unnamed');
  };
}

export function todayQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...routineKey(workspaceId), 'today'],
    queryFn: ({ signal }) => api(`${base(workspaceId)}/routine/today`, { schema: todayViewSchema, signal }),
  });
}

export function occurrencesQueryOptions(workspaceId: string, from: string, to: string) {
  return queryOptions({
    queryKey: [...routineKey(workspaceId), 'occurrences', from, to],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/routine/occurrences?from=${from}&to=${to}`, {
        schema: occurrencesViewSchema,
        signal,
      }),
    placeholderData: (previous) => previous,
  });
}

export function blocksQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...routineKey(workspaceId), 'blocks'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/routine/blocks`, { schema: z.array(routineBlockSchema), signal }),
  });
}

export function comparisonQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...routineKey(workspaceId), 'comparison'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/routine/comparison`, { schema: routineComparisonSchema, signal }),
  });
}

export function useMarkOccurrence(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { blockId: string; date: string; status: 'started' | 'done' | 'skipped' }) =>
      api(`${base(workspaceId)}/routine/blocks/${input.blockId}/occurrences/${input.date}/mark`, {
        method: 'POST',
        body: { status: input.status },
        schema: routineOccurrenceSchema,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) });
      await queryClient.invalidateQueries({ queryKey: timerKey(workspaceId) });
    },
  });
}

export function useUpdateBlock(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { blockId: string; body: UpdateRoutineBlockBody }) =>
      api(`${base(workspaceId)}/routine/blocks/${input.blockId}`, {
        method: 'PATCH',
        body: input.body,
        schema: routineBlockSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) }),
  });
}

export function useDeleteBlock(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (blockId: string) =>
      api(`${base(workspaceId)}/routine/blocks/${blockId}`, { method: 'DELETE', schema: null }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) }),
  });
}

export function useGenerateReferenceWeek(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api(`${base(workspaceId)}/routine/generate/reference-week`, {
        method: 'POST',
        body: { mode: 'replace' },
        schema: generatedRoutineSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) }),
  });
}

export function useCreateMyFeed(workspaceId: string) {
  return useMutation({
    mutationFn: () =>
      api(`${base(workspaceId)}/calendar-feeds/me`, { method: 'POST', schema: createdCalendarFeedSchema }),
  });
}
