import { fetchAll, type PageQueries, type PageQueriesOf } from '../../app/page-data.js';
import { isPhoneScreen } from '../../ui/use-media-match.js';
import { timerQueryOptions } from '../tracking/tracking-queries.js';
import { todayIn } from '../tracking/workspace-dates.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import { calendarRangeAt, firstFullRoutineWeek, toLocalDate } from './calendar-dates.js';
import {
  blocksQueryOptions,
  categoriesQueryOptions,
  comparisonQueryOptions,
  feedsStatusQueryOptions,
  occurrencesQueryOptions,
  todayQueryOptions,
} from './routine-queries.js';

/**
 * The routine page: the blocks, the budget comparison, the feeds, and the calendar's first range,
 * the one the page opens on: a routine that only begins after this week's Monday opens on its
 * first full week (`firstFullRoutineWeek`), so the range waits for the blocks (which the server
 * preloads with the page). Asking for today's range first drew the page once, then asked again.
 */
export const routinePageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const others: PageQueries = [
    blocksQueryOptions(workspaceId),
    categoriesQueryOptions(workspaceId),
    comparisonQueryOptions(workspaceId),
    feedsStatusQueryOptions(workspaceId),
  ];
  // Started now, beside the blocks (the page's loader waits for them all afterwards, deduplicated).
  void fetchAll(queryClient, others);
  const [workspace, blocks] = await Promise.all([
    queryClient.ensureQueryData(workspaceQueryOptions(workspaceId)),
    queryClient.ensureQueryData(blocksQueryOptions(workspaceId)),
  ]).catch(() => [null, null] as const);
  const focusDate =
    workspace && blocks
      ? firstFullRoutineWeek(
          blocks.map((block) => block.startsOn),
          todayIn(workspace.timeZone),
        )
      : null;
  const range = calendarRangeAt(focusDate ?? toLocalDate(new Date()), isPhoneScreen());
  return [occurrencesQueryOptions(workspaceId, range.from, range.to), ...others];
};

/** Today: the day's occurrences, the categories and the running timer. */
export const todayPageQueries: PageQueriesOf = (workspaceId) => [
  todayQueryOptions(workspaceId),
  categoriesQueryOptions(workspaceId),
  timerQueryOptions(workspaceId),
];
