import { Box, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../contracts/tracking.js';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import { useCategoryOptions } from './use-tracking-options.js';
import { formatLocalDate } from './workspace-dates.js';

function Figure({
  label,
  value,
  testId,
  isLong = false,
}: {
  label: string;
  value: string | number;
  testId: string;
  /** A sentence rather than a number: smaller, so it wraps less in a narrow card. */
  isLong?: boolean;
}) {
  return (
    <Card withBorder radius="md" padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text
        fw={isLong ? 600 : 700}
        size={isLong ? 'sm' : 'lg'}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
    </Card>
  );
}

/** The dry run: what the file holds and what an import would write, per category once mapped. */
export function ImportSummary({
  workspaceId,
  preview,
  rowsRead,
  isMapped,
}: {
  workspaceId: string;
  preview: ImportPreview;
  /** Data rows of the file, readable or not. */
  rowsRead: number;
  /** The preview was made with a mapping: its summary is per category. */
  isMapped: boolean;
}) {
  const { t, i18n } = useTranslation();
  const categories = useCategoryOptions(workspaceId);
  const { summary } = preview;
  const day = (date: string) =>
    formatLocalDate(date, i18n.language, { day: 'numeric', month: 'short', year: 'numeric' });
  const mappedRows = summary.byCategory.filter((row) => row.categoryId !== null);
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="sm">
        {t('tracking.imports.summaryTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Figure testId="import-rows-read" label={t('tracking.imports.summary.rowsRead')} value={rowsRead} />
        <Figure
          testId="import-rows-to-import"
          label={t('tracking.imports.summary.rowsToImport')}
          value={summary.rowsToImport}
        />
        <Figure
          testId="import-duplicates"
          label={t('tracking.imports.summary.duplicates')}
          value={summary.duplicates}
        />
        <Figure testId="import-errors" label={t('tracking.imports.summary.errors')} value={summary.errors} />
        <Figure
          testId="import-hours"
          label={t('tracking.imports.summary.hours')}
          value={formatDuration(summary.totalSeconds, 'clock')}
        />
        <Figure
          testId="import-range"
          isLong
          label={t('tracking.imports.summary.range')}
          value={
            summary.localDateRange
              ? t('tracking.imports.summary.rangeValue', {
                  from: day(summary.localDateRange.from),
                  to: day(summary.localDateRange.to),
                })
              : t('tracking.imports.summary.noRange')
          }
        />
      </SimpleGrid>
      {isMapped && mappedRows.length > 0 && (
        <>
          <Title order={3} size="h6" mt="md" mb="xs">
            {t('tracking.imports.byCategory')}
          </Title>
          <Table fz="sm" maw={520}>
            <Table.Tbody>
              {mappedRows.map((row) => (
                <Table.Tr key={row.categoryId}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Box
                        w={8}
                        h={8}
                        style={{ borderRadius: 8 }}
                        bg={`${categories.colorOf(row.categoryId ?? '')}.6`}
                      />
                      {categories.nameOf(row.categoryId ?? '')}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('tracking.imports.rowsCount', { count: row.rowCount })}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatDuration(row.seconds, 'clock')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
