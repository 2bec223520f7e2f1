import type { PageQueriesOf } from '../../app/page-data.js';
import { connectionsQueryOptions } from './connections-queries.js';

/** The connected accounts, their health and the networks' limits. */
export const connectionsPageQueries: PageQueriesOf = (workspaceId) => [connectionsQueryOptions(workspaceId)];
