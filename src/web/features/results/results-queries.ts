import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type CreateCostBody,
  type CreateOutcomeBody,
  costSchema,
  nextHourSchema,
  outcomeSchema,
  postMetricsSchema,
  postRankingsSchema,
  type RecordMetricsBody,
  type ResultsQuery,
  resultsSettingsSchema,
  resultsViewSchema,
  type UpdateCostBody,
} from '../../../contracts/results.js';
import { agencyResultsSchema, effortResultsSchema } from '../../../contracts/results-agency.js';
import { followersViewSchema } from '../../../contracts/results-imports.js';
import { api } from '../../app/api.js';

export type MonthRange = { from: string; to: string };

/** What the results page shows when it opens (its loader and the server's preloads ask for it). */
export const openingView = { preset: 'last12', granularity: 'month', dimension: 'network' } as const;
/** Weeks the effort section looks back: half a year gives each category enough weeks on both sides of its median. */
export const effortWeeks = 26;

const base = (workspaceId: string) => `/api/workspaces/${workspaceId}`;
/** Everything results shows: one key to refresh after any change. */
export const resultsKey = (workspaceId: string) => ['workspaces', workspaceId, 'results'] as const;
const rangeSearch = (range: MonthRange) => `from=${range.from}&to=${range.to}`;

export function resultsQueryOptions(
  workspaceId: string,
  query: Required<Omit<ResultsQuery, 'from' | 'to'>> & MonthRange,
) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'table', query],
    queryFn: ({ signal }) =>
      api(
        `${base(workspaceId)}/results?${rangeSearch(query)}&dimension=${query.dimension}&granularity=${query.granularity}`,
        { schema: resultsViewSchema, signal },
      ),
  });
}

export function outcomesQueryOptions(workspaceId: string, range: MonthRange) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'outcomes', range],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/outcomes?${rangeSearch(range)}`, { schema: z.array(outcomeSchema), signal }),
  });
}

export function costsQueryOptions(workspaceId: string, range: MonthRange) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'costs', range],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/costs?${rangeSearch(range)}`, { schema: z.array(costSchema), signal }),
  });
}

export function postRankingsQueryOptions(workspaceId: string, range: MonthRange) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'posts', range],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/results/posts?${rangeSearch(range)}`, { schema: postRankingsSchema, signal }),
  });
}

export function nextHourQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'next-hour'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/results/next-hour`, { schema: nextHourSchema, signal }),
  });
}

export function resultsSettingsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'settings'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/results/settings`, { schema: resultsSettingsSchema, signal }),
  });
}

export function postMetricsQueryOptions(workspaceId: string, postId: string) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'post-metrics', postId],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/posts/${postId}/metrics`, { schema: postMetricsSchema, signal }),
  });
}

function useResultsMutation<Variables, Result>(
  workspaceId: string,
  call: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultsKey(workspaceId) }),
  });
}

export function useLogOutcome(workspaceId: string) {
  return useResultsMutation(
    workspaceId,
    (body: Partial<CreateOutcomeBody> & Pick<CreateOutcomeBody, 'kind' | 'occurredOn'>) =>
      api(`${base(workspaceId)}/outcomes`, { method: 'POST', body, schema: outcomeSchema }),
  );
}

export function useDeleteOutcome(workspaceId: string) {
  return useResultsMutation(workspaceId, (outcomeId: string) =>
    api(`${base(workspaceId)}/outcomes/${outcomeId}`, { method: 'DELETE', schema: null }),
  );
}

export function useSaveCost(workspaceId: string) {
  return useResultsMutation(
    workspaceId,
    ({ costId, body }: { costId: string | null; body: CreateCostBody | UpdateCostBody }) =>
      costId
        ? api(`${base(workspaceId)}/costs/${costId}`, { method: 'PATCH', body, schema: costSchema })
        : api(`${base(workspaceId)}/costs`, { method: 'POST', body, schema: costSchema }),
  );
}

export function useDeleteCost(workspaceId: string) {
  return useResultsMutation(workspaceId, (costId: string) =>
    api(`${base(workspaceId)}/costs/${costId}`, { method: 'DELETE', schema: null }),
  );
}

export function useRecordMetrics(workspaceId: string, postId: string) {
  return useResultsMutation(workspaceId, ({ network, body }: { network: string; body: RecordMetricsBody }) =>
    api(`${base(workspaceId)}/posts/${postId}/versions/${network}/metrics`, {
      method: 'POST',
      body,
      schema: postMetricsSchema,
    }),
  );
}

export function useSaveResultsSettings(workspaceId: string) {
  return useResultsMutation(workspaceId, (body: { trackLinks: boolean }) =>
    api(`${base(workspaceId)}/results/settings`, { method: 'PUT', body, schema: resultsSettingsSchema }),
  );
}

export function agencyResultsQueryOptions(range: MonthRange) {
  return queryOptions({
    queryKey: ['agency', 'results', range],
    queryFn: ({ signal }) =>
      api(`/api/agency/results?${rangeSearch(range)}`, { schema: agencyResultsSchema, signal }),
  });
}

export function effortQueryOptions(workspaceId: string, weeks: number) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'effort', weeks],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/results/effort?weeks=${weeks}`, { schema: effortResultsSchema, signal }),
  });
}

export function followersQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: [...resultsKey(workspaceId), 'followers'],
    queryFn: ({ signal }) =>
      api(`${base(workspaceId)}/results/followers`, { schema: followersViewSchema, signal }),
  });
}
