import {
  Alert,
  Anchor,
  Card,
  Group,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import {
  IconArrowDown,
  IconArrowsSort,
  IconArrowUp,
  IconDownload,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyResults } from '../../../contracts/results-agency.js';
import { type AgencySortColumn, sortAgencyRows } from '../../../core/results/agency-results.js';
import { type RangePreset, rangePresets, resolveRangePreset } from '../../../core/results/months.js';
import { ErrorState } from '../../ui/error-state.js';
import { HelpBadge } from '../../ui/help-badge.js';
import { AnchorLink } from '../../ui/router-links.js';
import { todayIn } from '../tracking/workspace-dates.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { useResultsFormat } from './results-format.js';
import { agencyResultsQueryOptions } from './results-queries.js';

const presetLabels = { last12: 'lastTwelveMonths', thisYear: 'thisYear', lastYear: 'lastYear' } as const;
type Row = AgencyResults['rows'][number];
type Column = { key: AgencySortColumn; label: string; numeric: boolean };

/** The agency's ROI table: every workspace the person manages, one row each, sortable, exportable. */
export function AgencyResultsPage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const [preset, setPreset] = useState<RangePreset>('last12');
  const [sort, setSort] = useState<{ column: AgencySortColumn; direction: 'asc' | 'desc' }>({
    column: 'roiPercent',
    direction: 'desc',
  });
  const range = resolveRangePreset(preset, todayIn(workspace.timeZone));
  const results = useQuery(agencyResultsQueryOptions(range));
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const exportHref = `/api/agency/results/export.csv?from=${range.from}&to=${range.to}&sort=${sort.column}&direction=${sort.direction}&locale=${locale}`;
  const columns: Column[] = [
    { key: 'name', label: t('results.agency.workspace'), numeric: false },
    { key: 'minutes', label: t('results.agency.hours'), numeric: true },
    { key: 'costCents', label: t('results.agency.cost'), numeric: true },
    { key: 'posts', label: t('results.agency.posts'), numeric: true },
    { key: 'leads', label: t('results.agency.leads'), numeric: true },
    { key: 'clients', label: t('results.agency.clients'), numeric: true },
    { key: 'revenueCents', label: t('results.agency.revenue'), numeric: true },
    { key: 'costPerLeadCents', label: t('results.agency.costPerLead'), numeric: true },
    { key: 'roiPercent', label: t('results.agency.roi'), numeric: true },
  ];
  const toggle = (column: AgencySortColumn) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: column === 'name' ? 'asc' : 'desc' },
    );

  return (
    <Stack gap="lg">
      <ListedPageHeader
        page="results/agency"
        actions={
          <Group gap="md">
            <AnchorLink to="/w/$workspaceId/results" params={{ workspaceId: workspace.id }} size="sm">
              {t('results.agency.back')}
            </AnchorLink>
            <Anchor href={exportHref} download size="sm" data-testid="agency-export">
              <Group gap={4} wrap="nowrap">
                <IconDownload size={16} aria-hidden />
                {t('results.agency.exportCsv')}
              </Group>
            </Anchor>
          </Group>
        }
      />
      <Select
        label={t('results.range')}
        data={rangePresets.map((value) => ({ value, label: t(`results.${presetLabels[value]}`) }))}
        value={preset}
        onChange={(value) => value && setPreset(value as RangePreset)}
        allowDeselect={false}
        w={200}
      />
      {results.isPending ? (
        <Skeleton h={320} radius="md" />
      ) : results.error || !results.data ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : results.data.rows.length < 2 ? (
        <Alert color="gray" variant="light" data-testid="agency-empty">
          {t('results.agency.empty')}
        </Alert>
      ) : (
        <Card withBorder radius="md">
          {results.data.totals.length > 1 && (
            <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} mb="sm">
              {t('results.agency.currencies')}
            </Alert>
          )}
          <Table.ScrollContainer
            minWidth={860}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={t('results.agency.title')}
          >
            <Table striped highlightOnHover data-testid="agency-table">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <SortableHeader key={column.key} column={column} sort={sort} onToggle={toggle} />
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sortAgencyRows(results.data.rows, sort.column, sort.direction).map((row) => (
                  <AgencyRow key={row.workspaceId} row={row} thresholds={results.data.thresholds} />
                ))}
                {results.data.totals.map((total) => (
                  <AgencyRow
                    key={total.currency}
                    row={{
                      ...total,
                      workspaceId: '',
                      name: t('results.agency.total', { currency: total.currency, count: total.workspaces }),
                    }}
                    thresholds={results.data.thresholds}
                    isTotal
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}

function SortableHeader({
  column,
  sort,
  onToggle,
}: {
  column: Column;
  sort: { column: AgencySortColumn; direction: 'asc' | 'desc' };
  onToggle: (column: AgencySortColumn) => void;
}) {
  const { t } = useTranslation();
  const isSorted = sort.column === column.key;
  const Icon = !isSorted ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      ta={column.numeric ? 'right' : 'left'}
      aria-sort={isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        onClick={() => onToggle(column.key)}
        aria-label={t('results.agency.sortBy', { column: column.label })}
        fw={600}
        fz="sm"
      >
        <Group gap={4} wrap="nowrap" justify={column.numeric ? 'flex-end' : 'flex-start'}>
          {column.label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function AgencyRow({
  row,
  thresholds,
  isTotal = false,
}: {
  row: Row;
  thresholds: AgencyResults['thresholds'];
  isTotal?: boolean;
}) {
  const { t } = useTranslation();
  const format = useResultsFormat(row.currency);
  const dash = (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );
  return (
    <Table.Tr fw={isTotal ? 600 : undefined} data-testid={isTotal ? 'agency-total' : 'agency-row'}>
      <Table.Td>
        {/* Wraps under the name rather than cutting the "too little data" badge. */}
        <Group gap="xs" wrap="wrap">
          {isTotal ? (
            row.name
          ) : (
            <AnchorLink
              to="/w/$workspaceId/results"
              params={{ workspaceId: row.workspaceId }}
              aria-label={t('results.agency.openWorkspace', { name: row.name })}
            >
              {row.name}
            </AnchorLink>
          )}
          {row.isThin && (
            <HelpBadge
              label={t('results.agency.thin')}
              help={t('results.agency.thinHelp', {
                outcomes: thresholds.minimumOutcomes,
                hours: format.time(thresholds.minimumMinutes),
              })}
            />
          )}
        </Group>
        {row.minutesWithoutCost > 0 && (
          <Text size="xs" c="dimmed">
            {t('results.agency.withoutCost', { time: format.time(row.minutesWithoutCost) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{format.time(row.minutes)}</Table.Td>
      <Table.Td ta="right">{format.money(row.costCents)}</Table.Td>
      <Table.Td ta="right">{row.posts}</Table.Td>
      <Table.Td ta="right">{row.leads}</Table.Td>
      <Table.Td ta="right">{row.clients}</Table.Td>
      <Table.Td ta="right">{format.money(row.revenueCents)}</Table.Td>
      <Table.Td ta="right" c={row.isThin ? 'dimmed' : undefined}>
        {row.costPerLeadCents === null ? dash : format.money(row.costPerLeadCents)}
      </Table.Td>
      <Table.Td ta="right" c={row.isThin ? 'dimmed' : undefined}>
        {row.roiPercent === null ? dash : format.percent(row.roiPercent)}
      </Table.Td>
    </Table.Tr>
  );
}
