import { Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportMappingBody, ImportPreview } from '../../../contracts/tracking.js';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { useCategoryOptions } from './use-tracking-options.js';

/** Select value for "not in the mapping": the value is ignored (tags) or falls back (projects). */
const ignore = '__ignore';

type MappingSide = 'byProject' | 'byTag';
type Values = ImportPreview['distinct']['projects'];

/** The category one project or tag goes to: a category, "do not import", or ignored. */
function TargetSelect({
  value,
  side,
  mapping,
  onChange,
  options,
}: {
  value: string;
  side: MappingSide;
  mapping: ImportMappingBody;
  onChange: (mapping: ImportMappingBody) => void;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const choose = (target: string | null) => {
    const next = { ...mapping[side] };
    if (!target || target === ignore) delete next[value];
    else next[value] = target;
    onChange({ ...mapping, [side]: next });
  };
  return (
    <Select
      size="xs"
      aria-label={t('tracking.imports.targetFor', { name: value })}
      data={options}
      value={Object.hasOwn(mapping[side], value) ? (mapping[side][value] ?? ignore) : ignore}
      onChange={choose}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function MappingTable({
  caption,
  values,
  side,
  mapping,
  onChange,
  options,
}: {
  caption: string;
  values: Values;
  side: MappingSide;
  mapping: ImportMappingBody;
  onChange: (mapping: ImportMappingBody) => void;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const isNarrow = useMediaMatch('(max-width: 48em)');
  if (values.length === 0) return null;
  const selectProps = { side, mapping, onChange, options };
  if (isNarrow)
    // A phone cannot show four columns: one block per value, its select under its name.
    return (
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {caption}
        </Text>
        {values.map((value) => (
          <Stack key={value.name} gap={4}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {value.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('tracking.imports.rowsCount', { count: value.rowCount })} ·{' '}
                {formatDuration(value.seconds, 'clock')}
              </Text>
            </Group>
            <TargetSelect value={value.name} {...selectProps} />
          </Stack>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={540} type="native" tabIndex={0} role="region" aria-label={caption}>
      <Table fz="sm" verticalSpacing={6} captionSide="top" layout="fixed">
        <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tracking.imports.name')}</Table.Th>
            <Table.Th ta="right" w={70}>
              {t('tracking.imports.rows')}
            </Table.Th>
            <Table.Th ta="right" w={80}>
              {t('tracking.imports.hoursColumn')}
            </Table.Th>
            <Table.Th w="45%">{t('tracking.imports.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((value) => (
            <Table.Tr key={value.name}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value.name}</Table.Td>
              <Table.Td ta="right">{value.rowCount}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatDuration(value.seconds, 'clock')}
              </Table.Td>
              <Table.Td>
                <TargetSelect value={value.name} {...selectProps} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The file's projects and tags, each sent to a Cadence category, left out, or ignored. */
export function ImportMappingForm({
  workspaceId,
  preview,
  mapping,
  onChange,
  members,
  userId,
  onUserChange,
}: {
  workspaceId: string;
  preview: ImportPreview;
  mapping: ImportMappingBody;
  onChange: (mapping: ImportMappingBody) => void;
  /** Managers may import someone else's time; empty otherwise. */
  members: { value: string; label: string }[];
  userId: string | null;
  onUserChange: (userId: string | null) => void;
}) {
  const { t } = useTranslation();
  const categories = useCategoryOptions(workspaceId);
  const options = [
    { value: ignore, label: t('tracking.imports.notMapped') },
    { value: 'skip', label: t('tracking.imports.skip') },
    ...categories.options,
  ];
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb={4}>
        {t('tracking.imports.mappingTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('tracking.imports.mappingHelp')}
      </Text>
      <Stack gap="md">
        <MappingTable
          caption={t('tracking.imports.projects')}
          values={preview.distinct.projects}
          side="byProject"
          mapping={mapping}
          onChange={onChange}
          options={options}
        />
        <MappingTable
          caption={t('tracking.imports.tags')}
          values={preview.distinct.tags}
          side="byTag"
          mapping={mapping}
          onChange={onChange}
          options={options}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('tracking.imports.fallback')}
            description={t('tracking.imports.fallbackHelp')}
            placeholder={t('tracking.imports.noFallback')}
            data={categories.options}
            value={mapping.fallbackCategoryId}
            onChange={(value) => onChange({ ...mapping, fallbackCategoryId: value })}
            clearable
          />
          {members.length > 0 && (
            <Select
              label={t('tracking.imports.member')}
              placeholder={t('tracking.imports.memberDefault')}
              data={members}
              value={userId}
              onChange={onUserChange}
              clearable
            />
          )}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
