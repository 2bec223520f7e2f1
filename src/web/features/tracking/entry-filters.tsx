import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { EntryFilters } from '../../../contracts/tracking.js';
import { DateField } from '../../ui/date-field.js';
import { pageSelectComboboxProps } from '../../ui/page-select.js';
import { useCategoryOptions, useNetworkOptions } from './use-tracking-options.js';

/** Date range (workspace days, inclusive), category, network and, for managers, member. */
export function EntryFiltersForm({
  workspaceId,
  filters,
  onChange,
  members,
}: {
  workspaceId: string;
  filters: EntryFilters;
  onChange: (filters: EntryFilters) => void;
  /** Empty when the person may only filter their own view (not a manager). */
  members: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const categories = useCategoryOptions(workspaceId);
  const networks = useNetworkOptions();
  const set = (patch: Partial<EntryFilters>) => {
    const next: EntryFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof EntryFilters)[]) if (!next[key]) delete next[key];
    onChange(next);
  };
  return (
    <SimpleGrid cols={{ base: 2, md: members.length > 0 ? 5 : 4 }} spacing="sm" mb="sm">
      <DateField
        label={t('tracking.entries.from')}
        value={filters.from ?? ''}
        {...(filters.to ? { maxDate: filters.to } : {})}
        onChange={(from) => set({ from })}
        clearable
      />
      <DateField
        label={t('tracking.entries.to')}
        value={filters.to ?? ''}
        {...(filters.from ? { minDate: filters.from } : {})}
        onChange={(to) => set({ to })}
        clearable
      />
      <Select
        label={t('tracking.entries.category')}
        placeholder={t('tracking.entries.allCategories')}
        data={categories.options}
        value={filters.categoryId ?? null}
        onChange={(value) => set({ categoryId: value ?? undefined })}
        clearable
        comboboxProps={pageSelectComboboxProps}
      />
      <Select
        label={t('tracking.entries.network')}
        placeholder={t('tracking.entries.allNetworks')}
        data={networks}
        value={filters.networkKey ?? null}
        onChange={(value) => set({ networkKey: (value as NetworkKey | null) ?? undefined })}
        clearable
        comboboxProps={pageSelectComboboxProps}
      />
      {members.length > 0 && (
        <Select
          label={t('tracking.entries.member')}
          placeholder={t('tracking.entries.allMembers')}
          data={members}
          value={filters.userId ?? null}
          onChange={(value) => set({ userId: value ?? undefined })}
          clearable
          comboboxProps={pageSelectComboboxProps}
        />
      )}
    </SimpleGrid>
  );
}
