import type { CalendarPostsQuery } from '../../../contracts/content-calendar.js';
import {
  type PostStatus,
  postStatusFromVersions,
  type VersionStatus,
  versionStatusWhen,
} from '../../../core/content/post-status.js';
import { dayBounds } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import { writePlainJsonString } from '../../platform/response-serializer.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { CalendarPostRow, CalendarPostsRepository } from './calendar-posts.repository.js';

/**
 * The posts of the period written as the answer's JSON (an array of `calendarPostSchema`), as the
 * contract's serializer writes it: the same keys in the same order, strings escaped by
 * `JSON.stringify`. Ids and instants are the database's own uuid and ISO text and states are plain
 * words; the excerpt and the network, text from a person or a row, are escaped. The states are
 * derived as `toPostView` derives them, at `now`: a post's time has come when its ISO instant sorts
 * at or before now's (same format, UTC, milliseconds), which spares a `Date` per post. One pass,
 * no object per post or version. Proven byte for byte equal to the serializer's (and zod's) in
 * calendar-posts.db.test.ts.
 */
function writeCalendarPosts(rows: CalendarPostRow[], now: Date, onlyStatus?: PostStatus): string {
  const nowIso = now.toISOString();
  let posts = '';
  for (const [id, excerpt, pillarId, storedStatus, scheduledAt, versionRows] of rows) {
    const isDue = scheduledAt <= nowIso;
    const versionStates: VersionStatus[] = [];
    let versions = '';
    for (const [network, storedVersionStatus, publishMode, publishedAt] of versionRows) {
      const state = versionStatusWhen(storedVersionStatus, publishMode, isDue);
      versionStates.push(state);
      versions += `${versions === '' ? '' : ','}{"network":${JSON.stringify(network)},"status":"${state}","publishedAt":${writePlainJsonString(publishedAt)}}`;
    }
    const status = postStatusFromVersions(storedStatus, versionStates);
    if (onlyStatus !== undefined && status !== onlyStatus) continue;
    posts += `${posts === '' ? '' : ','}{"id":"${id}","pillarId":${writePlainJsonString(pillarId)},"status":"${status}","scheduledAt":"${scheduledAt}","excerpt":${JSON.stringify(excerpt)},"versions":[${versions}]}`;
  }
  return `[${posts}]`;
}

/**
 * The editorial calendar's period: the workspace's zone (cached with the access checks), then one
 * statement, whose rows are written out as JSON as they come (`writeCalendarPosts`). The month grid asks it on every
 * view: writing its ~45 KB here rather than through an object per post and version and then the
 * contract's serializer is what brought its route near its SQL (benchmark 10, bench/README.md).
 */
export function createCalendarPostsService(dependencies: {
  calendarPostsRepository: CalendarPostsRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  clock: Clock;
}) {
  return {
    /** The posts of the period as the answer's JSON text (an array of `calendarPostSchema`). */
    async listAsJson(workspaceId: string, query: CalendarPostsQuery): Promise<string> {
      const settings = await dependencies.workspacesRepository.findSettings(workspaceId);
      if (!settings) throw notFound();
      const rows = await dependencies.calendarPostsRepository.list(workspaceId, {
        from: new Date(dayBounds(query.from, settings.timeZone).start),
        before: new Date(dayBounds(query.to, settings.timeZone).start),
        ...(query.pillarId ? { pillarId: query.pillarId } : {}),
        ...(query.authorUserId ? { authorUserId: query.authorUserId } : {}),
        ...(query.network ? { network: query.network } : {}),
      });
      return writeCalendarPosts(rows, dependencies.clock.now(), query.status);
    },
  };
}
export type CalendarPostsService = ReturnType<typeof createCalendarPostsService>;
