import type { PageQueriesOf } from '../../app/page-data.js';
import { weeklyReviewQueryOptions } from './review-queries.js';

/** The reviewed week (`?week=`, else the week in progress): the page opens on its figures. */
export const reviewPageQueries: PageQueriesOf = (workspaceId, _queryClient, { search }) => [
  weeklyReviewQueryOptions(workspaceId, typeof search.week === 'string' ? search.week : undefined),
];
