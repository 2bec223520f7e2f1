import { type ComboboxItem, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeTimeZone, listTimeZones } from './time-zones.js';

const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A searchable list of time zones shown by city, name and offset ("Paris · heure d’Europe
 * centrale (UTC+1)"); typing a city, a zone name or its IANA id ("europe/paris") finds it.
 */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => {
    const now = new Date();
    return listTimeZones().map((zone) => ({
      value: zone,
      label: describeTimeZone(zone, i18n.language, now),
    }));
  }, [i18n.language]);
  return (
    <Select
      label={t('workspaceFields.timeZone')}
      description={t('workspaceFields.timeZoneHint')}
      searchable
      nothingFoundMessage={t('workspaceFields.noTimeZone')}
      limit={80}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      filter={({ options, search }) => {
        const wanted = normalise(search.trim());
        return (options as ComboboxItem[]).filter(
          (option) => normalise(option.label).includes(wanted) || normalise(option.value).includes(wanted),
        );
      }}
      {...props}
      data={data}
    />
  );
}
