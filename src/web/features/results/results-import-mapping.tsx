import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResultsImportMappingBody, ResultsImportPreview } from '../../../contracts/results-imports.js';
import { fieldsOf } from '../../../core/results/imports/import-columns.js';
import { outcomeKinds } from '../../../core/results/results-table.js';

/** One select per field: which column of the file gives it (the saved or suggested one first). */
export function ResultsImportMapping({
  preview,
  mapping,
  onChange,
}: {
  preview: ResultsImportPreview;
  mapping: ResultsImportMappingBody;
  onChange: (mapping: ResultsImportMappingBody) => void;
}) {
  const { t } = useTranslation();
  const columns = [...new Set(preview.header.filter((name) => name !== ''))].map((name) => ({
    value: name,
    label: name,
  }));
  const setColumn = (field: string, column: string | null) => {
    const next = { ...mapping.columns };
    if (column) next[field] = column;
    else delete next[field];
    onChange({ ...mapping, columns: next });
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {preview.mappingIsSaved ? t('results.import.mappingSaved') : t('results.import.mappingHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {fieldsOf(preview.source).map((field) => (
          <Select
            key={field}
            label={t(`results.import.fields.${field}` as 'results.import.fields.date')}
            placeholder={t('results.import.noColumn')}
            data={columns}
            value={mapping.columns[field] ?? null}
            onChange={(value) => setColumn(field, value)}
            clearable
            searchable
            size="xs"
            data-testid={`import-field-${field}`}
          />
        ))}
        <Select
          label={t('results.import.dateFormat')}
          data={(['dmy', 'mdy', 'ymd'] as const).map((value) => ({
            value,
            label: t(`results.import.dateFormats.${value}`),
          }))}
          value={mapping.dateFormat ?? preview.dateFormat}
          onChange={(value) =>
            onChange({ ...mapping, ...(value ? { dateFormat: value as 'dmy' | 'mdy' | 'ymd' } : {}) })
          }
          error={
            preview.dateFormatIsAmbiguous && !mapping.dateFormat ? t('results.import.ambiguous') : undefined
          }
          size="xs"
        />
        {preview.source === 'outcomes' && (
          <Select
            label={t('results.import.defaultKind')}
            data={outcomeKinds.map((kind) => ({ value: kind, label: t(`results.outcomes.kinds.${kind}`) }))}
            value={mapping.defaultKind ?? 'revenue'}
            onChange={(value) =>
              onChange({
                ...mapping,
                ...(value ? { defaultKind: value as (typeof outcomeKinds)[number] } : {}),
              })
            }
            size="xs"
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
