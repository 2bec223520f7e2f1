import type { PageQueriesOf } from '../../app/page-data.js';
import { objectivesQueryOptions, personasQueryOptions, strategyQueryOptions } from './strategy-queries.js';

/** The strategy page: its sections are drawn at their full height from the start. */
export const strategyPageQueries: PageQueriesOf = (workspaceId) => [
  strategyQueryOptions(workspaceId),
  objectivesQueryOptions(workspaceId),
  personasQueryOptions(workspaceId),
];
