import { Grid } from '@mantine/core';
import { todayIn, weekStartOf } from '../tracking/workspace-dates.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { overviewCards } from './overview-cards.js';
import { OverviewHeader } from './overview-header.js';

/** The home of the method: this week's plan against what was done, what comes next, and the first steps. */
export function OverviewPage() {
  const workspace = useCurrentWorkspace();
  const today = todayIn(workspace.timeZone);
  const weekStart = weekStartOf(today);
  return (
    <>
      <OverviewHeader workspace={workspace} weekStart={weekStart} />
      <Grid gap="md">
        {overviewCards.map(({ key, span, Component }) => (
          <Component key={key} workspace={workspace} weekStart={weekStart} today={today} span={span} />
        ))}
      </Grid>
    </>
  );
}
