import type { PageQueriesOf } from '../../app/page-data.js';
import { budgetQueryOptions } from './budget-queries.js';

export const budgetPageQueries: PageQueriesOf = (workspaceId) => [budgetQueryOptions(workspaceId)];
