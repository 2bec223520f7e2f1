import type { PageQueriesOf } from '../../app/page-data.js';
import { strategyQueryOptions } from '../strategy/strategy-queries.js';
import { dueByHandQueryOptions, ideasQueryOptions, postsQueryOptions } from './content-queries.js';

/** The posts list, unfiltered, and what is due by hand; the strategy fills the filters. */
export const postsPageQueries: PageQueriesOf = (workspaceId) => [
  postsQueryOptions(workspaceId, {}),
  dueByHandQueryOptions(workspaceId),
  strategyQueryOptions(workspaceId),
];

/** The notebook, unfiltered; the strategy fills the filters. */
export const ideasPageQueries: PageQueriesOf = (workspaceId) => [
  ideasQueryOptions(workspaceId, {}),
  strategyQueryOptions(workspaceId),
];
