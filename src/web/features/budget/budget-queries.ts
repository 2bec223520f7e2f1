import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  agencyBudgetsSchema,
  budgetViewSchema,
  type CreateCategoryBody,
  categorySchema,
  type createWorkOptionBodySchema,
  type Performer,
  referenceCategoryKeySchema,
  type SetBudgetBody,
  type UpdateCategoryBody,
  type updateWorkOptionBodySchema,
  workOptionSchema,
} from '../../../contracts/budget.js';
import type { BudgetPresetKey } from '../../../core/budget/presets.js';
import { api } from '../../app/api.js';
import { deferred } from '../../app/deferred-schema.js';

export function budgetQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'budget'],
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/budget`, { schema: budgetViewSchema, signal }),
  });
}

export const agencyBudgetsQueryOptions = queryOptions({
  queryKey: ['agency', 'budgets'],
  queryFn: ({ signal }) => api('/api/agency/budgets', { schema: agencyBudgetsSchema, signal }),
});

function useBudgetMutation<Variables>(workspaceId: string, call: (variables: Variables) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'budget'] });
      await queryClient.invalidateQueries({ queryKey: ['agency', 'budgets'] });
      // Pickers on the routine and time pages list the categories too (names, colours, order).
      await queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'categories'] });
    },
  });
}

export function useSetBudget(workspaceId: string) {
  return useBudgetMutation(workspaceId, (body: SetBudgetBody) =>
    api(`/api/workspaces/${workspaceId}/budget`, { method: 'PUT', body, schema: budgetViewSchema }),
  );
}

const appliedPresetSchema = deferred(() =>
  z.object({
    notApplied: z.array(z.object({ referenceKey: referenceCategoryKeySchema, minutes: z.number().int() })),
  }),
);

export function useApplyPreset(workspaceId: string) {
  return useBudgetMutation(
    workspaceId,
    (body: { preset: BudgetPresetKey; userDefinedCategories: 'keep' | 'reset' }) =>
      api(`/api/workspaces/${workspaceId}/budget/preset`, {
        method: 'POST',
        body,
        schema: appliedPresetSchema,
      }),
  );
}

export function useSetPerformer(workspaceId: string) {
  return useBudgetMutation(workspaceId, (performer: Performer) =>
    api(`/api/workspaces/${workspaceId}/budget/performer`, {
      method: 'PUT',
      body: performer,
      schema: null,
    }),
  );
}

export function useCreateCategory(workspaceId: string) {
  return useBudgetMutation(workspaceId, (body: Partial<CreateCategoryBody> & { name: string }) =>
    api(`/api/workspaces/${workspaceId}/categories`, { method: 'POST', body, schema: categorySchema }),
  );
}

export function useUpdateCategory(workspaceId: string) {
  return useBudgetMutation(workspaceId, ({ id, body }: { id: string; body: UpdateCategoryBody }) =>
    api(`/api/workspaces/${workspaceId}/categories/${id}`, { method: 'PATCH', body, schema: categorySchema }),
  );
}

export function useReorderCategories(workspaceId: string) {
  return useBudgetMutation(workspaceId, (categoryIds: string[]) =>
    api(`/api/workspaces/${workspaceId}/categories/order`, {
      method: 'PUT',
      body: { categoryIds },
      schema: z.array(categorySchema),
    }),
  );
}

export function useCreateWorkOption(workspaceId: string) {
  return useBudgetMutation(workspaceId, (body: z.input<typeof createWorkOptionBodySchema>) =>
    api(`/api/workspaces/${workspaceId}/work-options`, { method: 'POST', body, schema: workOptionSchema }),
  );
}

export function useUpdateWorkOption(workspaceId: string) {
  return useBudgetMutation(
    workspaceId,
    ({ id, body }: { id: string; body: z.input<typeof updateWorkOptionBodySchema> }) =>
      api(`/api/workspaces/${workspaceId}/work-options/${id}`, {
        method: 'PATCH',
        body,
        schema: workOptionSchema,
      }),
  );
}

export function useDeleteWorkOption(workspaceId: string) {
  return useBudgetMutation(workspaceId, (id: string) =>
    api(`/api/workspaces/${workspaceId}/work-options/${id}`, { method: 'DELETE', schema: null }),
  );
}
