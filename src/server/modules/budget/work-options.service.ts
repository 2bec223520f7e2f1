import type { Pricing, WorkOption } from '../../../contracts/budget.js';
import { notFound } from '../../platform/problem.js';
import type { WorkOptionsRepository } from './work-options.repository.js';

type WorkOptionValues = { kind: WorkOption['kind']; label: string; pricing: Pricing };

export function createWorkOptionsService({
  workOptionsRepository,
}: {
  workOptionsRepository: WorkOptionsRepository;
}) {
  return {
    listWorkOptions: (workspaceId: string) => workOptionsRepository.list(workspaceId),
    createWorkOption: (workspaceId: string, values: WorkOptionValues) =>
      workOptionsRepository.insert(workspaceId, values),

    async updateWorkOption(
      workspaceId: string,
      optionId: string,
      patch: Partial<WorkOptionValues>,
    ): Promise<WorkOption> {
      const updated = await workOptionsRepository.update(workspaceId, optionId, patch);
      if (!updated) throw notFound();
      return updated;
    },

    async deleteWorkOption(workspaceId: string, optionId: string) {
      if (!(await workOptionsRepository.delete(workspaceId, optionId))) throw notFound();
    },
  };
}

export type WorkOptionsService = ReturnType<typeof createWorkOptionsService>;
