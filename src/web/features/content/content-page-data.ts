import { canAccessWorkspace } from '../../../core/access/index.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import type { PageQueriesOf } from '../../app/page-data.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { publicationProblemsQueryOptions } from '../publishing/publishing-queries.js';
import { strategyQueryOptions } from '../strategy/strategy-queries.js';
import { todayIn, weekStartOf } from '../tracking/workspace-dates.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import { monthStartOf, nextMonthStart } from './calendar-panels-dates.js';
import {
  calendarPostsQueryOptions,
  dueByHandQueryOptions,
  ideasQueryOptions,
  postsQueryOptions,
} from './content-queries.js';
import { batchPlanQueryOptions, currentSessionQueryOptions } from './content-work-queries.js';

/**
 * The posts list, unfiltered, what is due by hand and the publications that failed; the strategy
 * fills the filters.
 */
export const postsPageQueries: PageQueriesOf = (workspaceId) => [
  postsQueryOptions(workspaceId, {}),
  dueByHandQueryOptions(workspaceId),
  strategyQueryOptions(workspaceId),
  publicationProblemsQueryOptions(workspaceId),
];

/** The notebook, unfiltered; the strategy fills the filters. */
export const ideasPageQueries: PageQueriesOf = (workspaceId) => [
  ideasQueryOptions(workspaceId, {}),
  strategyQueryOptions(workspaceId),
];

/**
 * The editorial calendar's panels (this week's progress, the month's pillar balance), the filters'
 * strategy and the members. The calendar's own range is FullCalendar's (it depends on the view and
 * the screen): the page asks for it once FullCalendar has said which.
 */
export const calendarPageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const workspace = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  const today = todayIn(workspace.timeZone);
  const weekStart = weekStartOf(today);
  const monthStart = monthStartOf(today);
  return [
    strategyQueryOptions(workspaceId),
    membersQueryOptions(workspaceId),
    calendarPostsQueryOptions(workspaceId, { from: weekStart, to: addDaysToDate(weekStart, 7) }),
    calendarPostsQueryOptions(workspaceId, { from: monthStart, to: nextMonthStart(monthStart) }),
  ];
};

/**
 * The batch session's week to fill, the notebook and the strategy's networks, and for those who
 * write the session running: the page is drawn once, with its three columns filled.
 */
export const batchPageQueries: PageQueriesOf = async (workspaceId, queryClient) => {
  const workspace = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  return [
    batchPlanQueryOptions(workspaceId, null),
    ideasQueryOptions(workspaceId, {}),
    strategyQueryOptions(workspaceId),
    ...(canAccessWorkspace(workspace.role, 'write') ? [currentSessionQueryOptions(workspaceId)] : []),
  ];
};
