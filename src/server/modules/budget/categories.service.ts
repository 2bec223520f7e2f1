import type { Category, CreateCategoryBody, UpdateCategoryBody } from '../../../contracts/budget.js';
import type { Clock } from '../../platform/clock.js';
import { conflict, notFound } from '../../platform/problem.js';
import type { CategoriesRepository } from './categories.repository.js';

export function createCategoriesService({
  categoriesRepository,
  clock,
}: {
  categoriesRepository: CategoriesRepository;
  clock: Clock;
}) {
  return {
    listCategories: (workspaceId: string, includeArchived: boolean) =>
      categoriesRepository.list(workspaceId, { includeArchived }),

    createCategory: (workspaceId: string, body: CreateCategoryBody) =>
      categoriesRepository.insert(workspaceId, body),

    /**
     * Puts the workspace's categories in the given order (pickers, budget, reports follow it). The
     * list must name every category exactly once: one added or removed meanwhile means the person
     * was looking at an outdated list, and guessing where it goes would be wrong.
     */
    async reorderCategories(workspaceId: string, categoryIds: readonly string[]): Promise<Category[]> {
      const current = await categoriesRepository.list(workspaceId, { includeArchived: true });
      const wanted = new Set(categoryIds);
      if (current.length !== wanted.size || current.some((category) => !wanted.has(category.id)))
        throw conflict('categories_changed');
      await categoriesRepository.setOrder(workspaceId, categoryIds);
      return categoriesRepository.list(workspaceId, { includeArchived: true });
    },

    /**
     * Renames, recolours, archives or restores a category. Archiving keeps every entry and block
     * that uses it; only budgets and pickers stop offering it.
     */
    async updateCategory(
      workspaceId: string,
      categoryId: string,
      patch: UpdateCategoryBody,
    ): Promise<Category> {
      const current = await categoriesRepository.find(workspaceId, categoryId);
      if (!current) throw notFound();
      // A workspace's own category needs a name; a reference one falls back to its translated name.
      const name = patch.name === null && current.referenceKey === null ? undefined : patch.name;
      const updated = await categoriesRepository.update(
        workspaceId,
        categoryId,
        { ...patch, name },
        clock.now(),
      );
      if (!updated) throw notFound();
      return updated;
    },
  };
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;
