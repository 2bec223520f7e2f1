import { Grid } from '@mantine/core';
import { useMemo } from 'react';
import { useProgressiveCount } from '../../ui/use-progressive-count.js';
import { todayIn, weekStartOf } from '../tracking/workspace-dates.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { type OverviewCardProps, overviewCards } from './overview-cards.js';
import { OverviewHeader } from './overview-header.js';

/** Connection warnings, the checklist, regularity: what a phone shows under the header. */
const firstScreenCards = 3;

/** The home of the method: this week's plan against what was done, what comes next, and the first steps. */
export function OverviewPage() {
  const workspace = useCurrentWorkspace();
  const today = todayIn(workspace.timeZone);
  const weekStart = weekStartOf(today);
  return (
    <>
      <OverviewHeader workspace={workspace} weekStart={weekStart} />
      <OverviewGrid workspace={workspace} weekStart={weekStart} today={today} />
    </>
  );
}

/**
 * The cards that can fill a phone's first screen at once, then the others one per frame. The same
 * elements each time: adding a card draws neither the header nor the cards already there again.
 */
function OverviewGrid({ workspace, weekStart, today }: Omit<OverviewCardProps, 'span'>) {
  const cards = useMemo(
    () =>
      overviewCards.map(({ key, span, Component }) => (
        <Component key={key} workspace={workspace} weekStart={weekStart} today={today} span={span} />
      )),
    [workspace, weekStart, today],
  );
  const shown = useProgressiveCount(cards.length, firstScreenCards);
  return <Grid gap="md">{cards.slice(0, shown)}</Grid>;
}
