import { Grid } from '@mantine/core';
import { ConnectionWarnings } from '../../connections/connection-warnings.js';
import { useConnectionsView } from '../../connections/connections-queries.js';
import type { OverviewCardProps } from '../overview-cards.js';

/**
 * First on the overview when a connected account no longer works while posts are scheduled to
 * its network: the person reconnects before the post is due, not after it fails.
 */
export function ConnectionWarningsCard({ workspace, span }: OverviewCardProps) {
  const view = useConnectionsView(workspace.id, workspace.role);
  if (!view || view.warnings.length === 0) return null;
  return (
    <Grid.Col span={span}>
      <ConnectionWarnings
        warnings={view.warnings}
        workspaceId={workspace.id}
        timeZone={workspace.timeZone}
        linkToConnections
      />
    </Grid.Col>
  );
}
