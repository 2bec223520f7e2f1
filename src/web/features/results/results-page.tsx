import { Alert, Anchor, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canAccessWorkspace,
  canSeeInAgencyTable,
  minimumWorkspacesForAgencyTable,
} from '../../../core/access/index.js';
import { type RangePreset, rangePresets, resolveRangePreset } from '../../../core/results/months.js';
import {
  type ResultsDimension,
  type ResultsGranularity,
  resultsDimensions,
} from '../../../core/results/results-table.js';
import { pageSelectComboboxProps } from '../../ui/page-select.js';
import { AnchorLink } from '../../ui/router-links.js';
import { SegmentedRadios } from '../../ui/segmented-radios.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { useProgressiveCount } from '../../ui/use-progressive-count.js';
import { todayIn } from '../tracking/workspace-dates.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { workspacesQueryOptions } from '../workspaces/workspaces-queries.js';
import { CostsSection } from './costs-section.js';
import { EffortSection } from './effort-section.js';
import { FollowersSection } from './followers-section.js';
import { OutcomesSection } from './outcomes-section.js';
import { RankingSection } from './ranking-section.js';
import { ResultsImportButton } from './results-import-modal.js';
import { openingView, resultsQueryOptions } from './results-queries.js';
import { RoiSection } from './roi-section.js';
import { TrackedLinksSetting } from './tracked-links.js';

const presetLabels = { last12: 'lastTwelveMonths', thisYear: 'thisYear', lastYear: 'lastYear' } as const;

/** What the time brought and cost, per network, task category or pillar, by month or quarter. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const [preset, setPreset] = useState<RangePreset>(openingView.preset);
  const [granularity, setGranularity] = useState<ResultsGranularity>(openingView.granularity);
  const [dimension, setDimension] = useState<ResultsDimension>(openingView.dimension);
  const range = resolveRangePreset(preset, todayIn(workspace.timeZone));
  const results = useQuery(resultsQueryOptions(workspace.id, { ...range, dimension, granularity }));
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const isNarrow = useMediaMatch('(max-width: 36em)');
  const workspaces = useQuery(workspacesQueryOptions);
  const managesAgency =
    (workspaces.data ?? []).filter((item) => !item.isDemo && canSeeInAgencyTable(item.role)).length >=
    minimumWorkspacesForAgencyTable;
  const dimensionOptions = resultsDimensions.map((value) => ({
    value,
    label: t(`results.dimensions.${value}`),
  }));
  const exportHref = `/api/workspaces/${workspace.id}/results/export.csv?from=${range.from}&to=${range.to}&dimension=${dimension}&granularity=${granularity}&locale=${i18n.language === 'en' ? 'en' : 'fr'}`;

  return (
    <Stack gap="lg">
      <ListedPageHeader
        page="results"
        actions={
          <Group gap="md" wrap="wrap" justify="flex-end">
            {canWrite && <ResultsImportButton workspace={workspace} />}
            {managesAgency && (
              <AnchorLink
                to="/w/$workspaceId/results/agency"
                params={{ workspaceId: workspace.id }}
                size="sm"
                data-testid="results-agency-link"
              >
                {t('results.agency.open')}
              </AnchorLink>
            )}
            <Anchor href={exportHref} download size="sm" data-testid="results-export">
              <Group gap={4} wrap="nowrap">
                <IconDownload size={16} aria-hidden />
                {t('results.exportCsv')}
              </Group>
            </Anchor>
          </Group>
        }
      />
      {!canWrite && (
        <Alert variant="light" color="gray" icon={<IconEye aria-hidden />}>
          {t('results.readOnly')}
        </Alert>
      )}
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('results.range')}
          data={rangePresets.map((value) => ({ value, label: t(`results.${presetLabels[value]}`) }))}
          value={preset}
          onChange={(value) => value && setPreset(value as RangePreset)}
          allowDeselect={false}
          w={200}
          comboboxProps={pageSelectComboboxProps}
        />
        <SegmentedRadios
          aria-label={t('results.granularity')}
          value={granularity}
          onChange={setGranularity}
          data={[
            { value: 'month', label: t('results.month') },
            { value: 'quarter', label: t('results.quarter') },
          ]}
        />
        {isNarrow ? (
          // Four views do not fit a phone's width side by side.
          <Select
            label={t('results.dimension')}
            data={dimensionOptions}
            value={dimension}
            onChange={(value) => value && setDimension(value as ResultsDimension)}
            allowDeselect={false}
            w={200}
            comboboxProps={pageSelectComboboxProps}
          />
        ) : (
          <SegmentedRadios
            aria-label={t('results.dimension')}
            value={dimension}
            onChange={setDimension}
            data={dimensionOptions}
            data-testid="results-dimension"
          />
        )}
      </Group>
      <RoiSection
        workspaceId={workspace.id}
        view={results.data}
        isPending={results.isPending}
        error={results.error}
        onRetry={() => void results.refetch()}
      />
      <ResultsDetails workspace={workspace} from={range.from} to={range.to} canWrite={canWrite} />
    </Stack>
  );
}

/**
 * Below the ROI table, what a phone's first screen does not show: drawn one section per frame
 * after the page (`useProgressiveCount`), the same elements kept while the range stays.
 */
function ResultsDetails({
  workspace,
  from,
  to,
  canWrite,
}: {
  workspace: ReturnType<typeof useCurrentWorkspace>;
  from: string;
  to: string;
  canWrite: boolean;
}) {
  const sections = useMemo(() => {
    const range = { from, to };
    return [
      <SimpleGrid key="outcomes-costs" cols={{ base: 1, md: 2 }}>
        <OutcomesSection workspace={workspace} range={range} canWrite={canWrite} />
        <CostsSection workspace={workspace} range={range} canManage={workspace.canManage} />
      </SimpleGrid>,
      <FollowersSection key="followers" workspace={workspace} />,
      <RankingSection key="ranking" workspace={workspace} range={range} />,
      <EffortSection key="effort" workspace={workspace} />,
      <TrackedLinksSetting key="links" workspaceId={workspace.id} canManage={workspace.canManage} />,
    ];
  }, [workspace, from, to, canWrite]);
  const shown = useProgressiveCount(sections.length, 0);
  return <>{sections.slice(0, shown)}</>;
}
