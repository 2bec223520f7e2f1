import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Category, categorySchema } from '../../../contracts/budget.js';
import {
  type CreateRoutineBlockBody,
  calendarFeedsStatusSchema,
  createdCalendarFeedSchema,
  type GenerateFromBudgetBody,
  generatedRoutineSchema,
  occurrencesViewSchema,
  type RoutineExceptionBody,
  routineBlockSchema,
  routineComparisonSchema,
  routineExceptionSchema,
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
      // Done and skipped stop the block's timer: the tracked time changed too.
      await queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'tracking'] });
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

export function useCreateBlock(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoutineBlockBody) =>
      api(`${base(workspaceId)}/routine/blocks`, { method: 'POST', body, schema: routineBlockSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) }),
  });
}

/** Moves or cancels one occurrence (keyed by its series date); the series stays as it is. */
export function useSaveException(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { blockId: string; occurrenceDate: string; body: RoutineExceptionBody }) =>
      api(`${base(workspaceId)}/routine/blocks/${input.blockId}/exceptions/${input.occurrenceDate}`, {
        method: 'PUT',
        body: input.body,
        schema: routineExceptionSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) }),
  });
}

/** Puts a moved or cancelled occurrence back where its series has it. */
export function useRestoreOccurrence(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { blockId: string; occurrenceDate: string }) =>
      api(`${base(workspaceId)}/routine/blocks/${input.blockId}/exceptions/${input.occurrenceDate}`, {
        method: 'DELETE',
        schema: null,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routineKey(workspaceId) }),
  });
}

export function useGenerateFromBudget(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<GenerateFromBudgetBody, 'startsOn' | 'memberUserId'>) =>
      api(`${base(workspaceId)}/routine/generate/from-budget`, {
        method: 'POST',
        body,
        schema: generatedRoutineSchema,
      }),
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

const feedsKey = (workspaceId: string) => [...routineKey(workspaceId), 'feeds'] as const;

/** Whether my feed and the workspace's exist, since when, and whether their URLs can be shown again. */
export function feedsStatusQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: feedsKey(workspaceId),
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/calendar-feeds`, { schema: calendarFeedsStatusSchema, signal }),
  });
}

export type FeedScope = 'me' | 'workspace';

/** Creates or regenerates a feed URL (the previous one stops working). */
export function useCreateFeed(workspaceId: string, scope: FeedScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api(`${base(workspaceId)}/calendar-feeds/${scope}`, {
        method: 'POST',
        schema: createdCalendarFeedSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedsKey(workspaceId) }),
  });
}

/** The live feed's URL again (the server derives it; nothing secret is kept in the page). */
export function useShowFeed(workspaceId: string, scope: FeedScope) {
  return useMutation({
    mutationFn: () =>
      api(`${base(workspaceId)}/calendar-feeds/${scope}`, { schema: createdCalendarFeedSchema }),
  });
}

export function useRevokeFeed(workspaceId: string, scope: FeedScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`${base(workspaceId)}/calendar-feeds/${scope}`, { method: 'DELETE', schema: null }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedsKey(workspaceId) }),
  });
}

const templateKeys = ['replies', 'batch', 'deep_content', 'weekly_analysis'] as const;

/**
 * What a block asks to do: its own title, else the reference week's task it was generated from,
 * else its category's name.
 */
export function useBlockTitle() {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  return (
    block: { title?: string | null; templateKey: string | null },
    category: Pick<Category, 'referenceKey' | 'name'> | undefined,
  ) => {
    if (block.title) return block.title;
    const key = templateKeys.find((candidate) => candidate === block.templateKey);
    return key ? t(`routine.templates.${key}`) : categoryName(category);
  };
}

/** How to do a block's task: its own description, else the reference week's, else nothing. */
export function useBlockDescription() {
  const { t } = useTranslation();
  return (block: { description?: string | null; templateKey: string | null }): string | null => {
    if (block.description) return block.description;
    const key = templateKeys.find((candidate) => candidate === block.templateKey);
    return key ? t(`routine.templateDescriptions.${key}`) : null;
  };
}

/** The reference week's task name a generated block stands for, or undefined. */
export function useTemplateTitle() {
  const { t } = useTranslation();
  return (templateKey: string | null): string | undefined => {
    const key = templateKeys.find((candidate) => candidate === templateKey);
    return key ? t(`routine.templates.${key}`) : undefined;
  };
}
