import { Alert, Badge, Group } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../contracts/workspaces.js';
import { formatLocalDate, todayIn, weekStartOf } from '../tracking/workspace-dates.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';

/**
 * The overview's title (the workspace, its week) and, in the demo, the notice under it. Also drawn
 * by the frame while the overview's first pass is pending (workspace-layout.tsx): after the
 * onboarding the new workspace's page then never opens blank.
 */
export function OverviewHeader({
  workspace,
  weekStart,
  isPlaceholder,
}: {
  workspace: Workspace;
  weekStart: string;
  isPlaceholder?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <PageHeader
        isPlaceholder={isPlaceholder}
        title={
          <Group gap="sm" component="span">
            {t('overview.title', { name: workspace.name })}
            {workspace.isDemo && (
              <Badge
                color="grape"
                variant="light"
                size="lg"
                leftSection={<IconFlask size={14} aria-hidden />}
              >
                {t('shell.demoBadge')}
              </Badge>
            )}
          </Group>
        }
        subtitle={t('overview.weekStarting', {
          date: formatLocalDate(weekStart, i18n.language, { day: 'numeric', month: 'long' }),
        })}
      />
      {workspace.isDemo && (
        <Alert color="grape" variant="light" mb="lg" icon={<IconFlask aria-hidden />}>
          {t('overview.demoNotice')}
        </Alert>
      )}
    </>
  );
}

/** The overview's header as the frame draws it before the page's first pass. */
export function PendingOverviewHeader() {
  const workspace = useCurrentWorkspace();
  return (
    <OverviewHeader
      workspace={workspace}
      weekStart={weekStartOf(todayIn(workspace.timeZone))}
      isPlaceholder
    />
  );
}
