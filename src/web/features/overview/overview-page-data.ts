import type { PageQueriesOf } from '../../app/page-data.js';
import { connectionsQueryOptions } from '../connections/connections-queries.js';
import { calendarPostsQueryOptions, dueByHandQueryOptions } from '../content/content-queries.js';
import { regularityQueryOptions } from '../regularity/regularity-queries.js';
import { nextHourQueryOptions } from '../results/results-queries.js';
import {
  blocksQueryOptions,
  categoriesQueryOptions,
  feedsStatusQueryOptions,
  occurrencesQueryOptions,
} from '../routine/routine-queries.js';
import { rushWeeksQueryOptions } from '../routine/rush-week-queries.js';
import { strategyQueryOptions } from '../strategy/strategy-queries.js';
import {
  entriesQueryOptions,
  plannedVsActualQueryOptions,
  timerQueryOptions,
} from '../tracking/tracking-queries.js';
import { addDaysToDate, todayIn, weekStartOf } from '../tracking/workspace-dates.js';
import { workspaceQueryOptions, workspacesQueryOptions } from '../workspaces/workspaces-queries.js';

/**
 * Every card's data (overview-cards.ts), with the same keys the cards ask for: the cards are drawn
 * once, at their height, instead of a checklist arriving on top and pushing the rest down (the
 * connection warnings and the regularity card, first on the page, appear or close up with their
 * data). "Where the next hour should go" too, the slowest answer (twelve weeks of results, ~40 ms
 * here): asked only once the page was drawn, its request came in the middle of the first paint
 * and a phone's slow line carried it after everything else.
 */
export const overviewPageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const workspace = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  const today = todayIn(workspace.timeZone);
  const weekStart = weekStartOf(today);
  return [
    strategyQueryOptions(workspaceId),
    plannedVsActualQueryOptions(workspaceId, weekStart),
    blocksQueryOptions(workspaceId),
    feedsStatusQueryOptions(workspaceId),
    entriesQueryOptions(workspaceId, {}, 1, 1),
    timerQueryOptions(workspaceId),
    occurrencesQueryOptions(workspaceId, today, addDaysToDate(today, 6)),
    occurrencesQueryOptions(workspaceId, weekStart, addDaysToDate(weekStart, 6)),
    categoriesQueryOptions(workspaceId),
    calendarPostsQueryOptions(workspaceId, { from: weekStart, to: addDaysToDate(weekStart, 7) }),
    dueByHandQueryOptions(workspaceId),
    workspacesQueryOptions,
    connectionsQueryOptions(workspaceId),
    regularityQueryOptions(workspaceId),
    rushWeeksQueryOptions(workspaceId),
    nextHourQueryOptions(workspaceId),
  ];
};
