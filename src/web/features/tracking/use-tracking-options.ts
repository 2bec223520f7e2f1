import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { networkKeys } from '../../../contracts/networks.js';
import { categoriesQueryOptions, useCategoryName } from '../routine/routine-queries.js';

/** Select options for the workspace's categories (archived ones cannot receive new time). */
export function useCategoryOptions(workspaceId: string) {
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const active = (categories.data ?? []).filter((category) => !category.isArchived);
  return {
    options: active.map((category) => ({ value: category.id, label: categoryName(category) })),
    nameOf: (categoryId: string) => categoryName(categories.data?.find((item) => item.id === categoryId)),
    colorOf: (categoryId: string) => categories.data?.find((item) => item.id === categoryId)?.color ?? 'gray',
  };
}

export function useNetworkOptions() {
  const { t } = useTranslation();
  return networkKeys.map((key) => ({ value: key, label: t(`networks.${key}`) }));
}
