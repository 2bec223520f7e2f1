import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listTimeZones } from './time-zones.js';

/** A searchable list of IANA time zones ("paris" finds Europe/Paris). */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const data = useMemo(
    () => listTimeZones().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
    [],
  );
  return (
    <Select
      label={t('workspaceFields.timeZone')}
      description={t('workspaceFields.timeZoneHint')}
      searchable
      nothingFoundMessage={t('workspaceFields.noTimeZone')}
      limit={80}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...props}
      data={data}
    />
  );
}
