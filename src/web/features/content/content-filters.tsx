import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { pageSelectComboboxProps } from '../../ui/page-select.js';
import { strategyQueryOptions } from '../strategy/strategy-queries.js';

/** Pillar and network pickers fed by the strategy, shared by the notebook, posts and calendar. */
export function useStrategyChoices(workspaceId: string) {
  const { t } = useTranslation();
  const strategy = useQuery(strategyQueryOptions(workspaceId));
  const pillars = strategy.data?.pillars ?? [];
  const networks = strategy.data?.networks ?? [];
  return {
    strategy: strategy.data,
    pillars,
    networks,
    pillarOptions: pillars.map((pillar) => ({ value: pillar.id, label: pillar.name })),
    networkOptions: networks.map((item) => ({ value: item.network, label: t(`networks.${item.network}`) })),
    pillarName: (id: string | null) => pillars.find((pillar) => pillar.id === id)?.name ?? null,
  };
}

export function FilterSelect({
  label,
  placeholder,
  data,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  data: { value: string; label: string }[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      clearable
      w={{ base: '100%', xs: 200 }}
      comboboxProps={pageSelectComboboxProps}
    />
  );
}
