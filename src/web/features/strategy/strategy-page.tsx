import { Alert, Skeleton, Stack } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { EditorialLineSection } from './editorial-line-section.js';
import { NetworksSection } from './networks-section.js';
import { ObjectivesSection } from './objectives-section.js';
import { PersonasSection } from './personas-section.js';
import { PillarsSection } from './pillars-section.js';
import { strategyQueryOptions } from './strategy-queries.js';

/** Step one of the method: where to be, what to say, to whom, and what for. */
export function StrategyPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const strategy = useQuery(strategyQueryOptions(workspace.id));
  // Every strategy write is a manager's (the API refuses the others).
  const canEdit = workspace.canManage;
  return (
    <Stack gap="lg">
      <ListedPageHeader page="strategy" />
      {!canEdit && (
        <Alert variant="light" color="gray" icon={<IconEye aria-hidden />}>
          {t('budget.strategy.readOnly')}
        </Alert>
      )}
      {strategy.isPending && <Skeleton h={200} radius="md" />}
      {strategy.isError && <ErrorState error={strategy.error} onRetry={() => void strategy.refetch()} />}
      {strategy.data && (
        <>
          <NetworksSection view={strategy.data} workspaceId={workspace.id} canEdit={canEdit} />
          <EditorialLineSection view={strategy.data} workspaceId={workspace.id} canEdit={canEdit} />
          <PillarsSection view={strategy.data} workspaceId={workspace.id} canEdit={canEdit} />
        </>
      )}
      <PersonasSection workspaceId={workspace.id} canEdit={canEdit} />
      <ObjectivesSection workspaceId={workspace.id} currency={workspace.currency} canEdit={canEdit} />
    </Stack>
  );
}
