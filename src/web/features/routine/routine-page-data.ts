import type { PageQueriesOf } from '../../app/page-data.js';
import { isPhoneScreen } from '../../ui/use-media-match.js';
import { timerQueryOptions } from '../tracking/tracking-queries.js';
import { initialCalendarRange } from './calendar-dates.js';
import {
  blocksQueryOptions,
  categoriesQueryOptions,
  comparisonQueryOptions,
  feedsStatusQueryOptions,
  occurrencesQueryOptions,
  todayQueryOptions,
} from './routine-queries.js';

/** The routine page: the calendar's first range, the blocks, the budget comparison, the feeds. */
export const routinePageQueries: PageQueriesOf = (workspaceId) => {
  const range = initialCalendarRange(new Date(), isPhoneScreen());
  return [
    occurrencesQueryOptions(workspaceId, range.from, range.to),
    blocksQueryOptions(workspaceId),
    categoriesQueryOptions(workspaceId),
    comparisonQueryOptions(workspaceId),
    feedsStatusQueryOptions(workspaceId),
  ];
};

/** Today: the day's occurrences, the categories and the running timer. */
export const todayPageQueries: PageQueriesOf = (workspaceId) => [
  todayQueryOptions(workspaceId),
  categoriesQueryOptions(workspaceId),
  timerQueryOptions(workspaceId),
];
