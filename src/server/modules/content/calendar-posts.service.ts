import type { CalendarPostsQuery } from '../../../contracts/content-calendar.js';
import {
  deriveVersionStatus,
  type PostStatus,
  postStatusFromVersions,
  type VersionStatus,
} from '../../../core/content/post-status.js';
import { dayBounds } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import { writePlainJsonString } from '../../platform/response-serializer.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { CalendarPostRow, CalendarPostsRepository } from './calendar-posts.repository.js';

/** A calendar row with its states as shown at `now` (read from the clock, as `toPostView` does). */
type ShownCalendarPost = { row: CalendarPostRow; status: PostStatus; versionStates: VersionStatus[] };

function showCalendarPost(row: CalendarPostRow, now: Date): ShownCalendarPost {
  const scheduledAt = new Date(row.scheduledAt);
  const versionStates = row.versions.map((version) => deriveVersionStatus(version, scheduledAt, now));
  return { row, status: postStatusFromVersions(row.status, versionStates), versionStates };
}

/**
 * One post of the answer (`calendarPostSchema`) written as the contract's serializer writes it:
 * the same keys in the same order, strings escaped by `JSON.stringify`. Ids and instants are the
 * database's own uuid and ISO text and states are plain words; the excerpt and the network, text
 * from a person or a row, are escaped. Proven byte for byte equal to the serializer's (and zod's)
 * in calendar-posts.db.test.ts.
 */
function writeCalendarPost({ row, status, versionStates }: ShownCalendarPost): string {
  const versions = row.versions.map(
    (version, index) =>
      `{"network":${JSON.stringify(version.network)},"status":"${versionStates[index]}","publishedAt":${writePlainJsonString(version.publishedAt)}}`,
  );
  return `{"id":"${row.id}","pillarId":${writePlainJsonString(row.pillarId)},"status":"${status}","scheduledAt":"${row.scheduledAt}","excerpt":${JSON.stringify(row.excerpt)},"versions":[${versions.join(',')}]}`;
}

/**
 * The editorial calendar's period: the workspace's zone (cached with the access checks), then one
 * statement, whose rows are written out as JSON as they come. The month grid asks it on every
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
      const now = dependencies.clock.now();
      const posts = rows.map((row) => showCalendarPost(row, now));
      const shown = query.status ? posts.filter((post) => post.status === query.status) : posts;
      return `[${shown.map(writeCalendarPost).join(',')}]`;
    },
  };
}
export type CalendarPostsService = ReturnType<typeof createCalendarPostsService>;
