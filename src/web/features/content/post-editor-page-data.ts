import { canAccessWorkspace, canSeeConnections } from '../../../core/access/index.js';
import type { PageQueriesOf } from '../../app/page-data.js';
import { connectionsQueryOptions } from '../connections/connections-queries.js';
import { postPublicationsQueryOptions } from '../publishing/publishing-queries.js';
import { resultsSettingsQueryOptions } from '../results/results-queries.js';
import { personasQueryOptions, strategyQueryOptions } from '../strategy/strategy-queries.js';
import { workspaceQueryOptions } from '../workspaces/workspaces-queries.js';
import { postQueryOptions } from './content-queries.js';
import { currentSessionQueryOptions, postEventsQueryOptions } from './content-work-queries.js';
import { linkableEntriesQueryOptions, postEffortsQueryOptions } from './effort-queries.js';

/**
 * The post and everything its editor's panels ask for (networks and limits, the running session,
 * publications, history, effort, tracked links), at once: asked by the panels, they waited for the
 * post to arrive first, a second round trip on a phone. A published post's metrics are not here:
 * whether it has any is known from the post only (its panel asks for them).
 */
export const postEditorPageQueries: PageQueriesOf = async (workspaceId, queryClient, { params }) => {
  const postId = params.postId ?? '';
  const { role } = await queryClient.ensureQueryData(workspaceQueryOptions(workspaceId));
  const writes = canAccessWorkspace(role, 'write');
  return [
    postQueryOptions(workspaceId, postId),
    strategyQueryOptions(workspaceId),
    personasQueryOptions(workspaceId),
    ...(canSeeConnections(role) ? [connectionsQueryOptions(workspaceId)] : []),
    ...(writes ? [currentSessionQueryOptions(workspaceId)] : []),
    postPublicationsQueryOptions(workspaceId, postId),
    postEventsQueryOptions(workspaceId, postId),
    postEffortsQueryOptions(workspaceId, postId),
    ...(writes ? [linkableEntriesQueryOptions(workspaceId, postId)] : []),
    resultsSettingsQueryOptions(workspaceId),
  ];
};
