import type { PageQueriesOf } from '../../app/page-data.js';
import { regularityQueryOptions } from './regularity-queries.js';

/** Every network's regularity: the page is this one answer. */
export const regularityPageQueries: PageQueriesOf = (workspaceId) => [regularityQueryOptions(workspaceId)];
