import type { PageQueriesOf } from '../../app/page-data.js';
import { categoriesQueryOptions } from '../routine/routine-queries.js';
import { timerQueryOptions } from '../tracking/tracking-queries.js';
import { workspacesQueryOptions } from '../workspaces/workspaces-queries.js';

/** What the frame of every workspace page shows: the header's timer, the workspace switcher. */
export const shellQueries: PageQueriesOf = (workspaceId) => [
  timerQueryOptions(workspaceId),
  categoriesQueryOptions(workspaceId),
  workspacesQueryOptions,
];
