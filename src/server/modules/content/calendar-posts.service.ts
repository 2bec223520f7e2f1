import type { CalendarPostsQuery } from '../../../contracts/content-calendar.js';
import { postStatusFromVersions } from '../../../core/content/post-status.js';
import { dayBounds } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { CalendarPostRow, CalendarPostsRepository } from './calendar-posts.repository.js';

/**
 * One post of the answer (`calendarPostSchema`), written as the contract's serializer writes it:
 * the same keys in the same order, strings escaped by `JSON.stringify`; the versions come
 * written from the statement. Ids and instants are the database's own uuid and ISO text, and
 * states are plain words, so only the excerpt, a person's text, needs escaping. The bytes are
 * proven equal to the serializer's in calendar-posts.db.test.ts.
 */
function writeCalendarPost(row: CalendarPostRow): string {
  const status = postStatusFromVersions(row.status, row.versionStates);
  const pillarId = row.pillarId === null ? 'null' : `"${row.pillarId}"`;
  return `{"id":"${row.id}","pillarId":${pillarId},"status":"${status}","scheduledAt":"${row.scheduledAt}","excerpt":${JSON.stringify(row.excerpt)},"versions":${row.versionsJson}}`;
}

/**
 * The editorial calendar's period: the workspace's zone (cached with the access checks), then one
 * statement whose rows are written out as they come. The month grid asks it on every view;
 * writing its ~45 KB here rather than through objects and the serializer is what brought its
 * route near its SQL (benchmark 10).
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
        now: dependencies.clock.now(),
        ...(query.pillarId ? { pillarId: query.pillarId } : {}),
        ...(query.authorUserId ? { authorUserId: query.authorUserId } : {}),
        ...(query.network ? { network: query.network } : {}),
      });
      const shown = query.status
        ? rows.filter((row) => postStatusFromVersions(row.status, row.versionStates) === query.status)
        : rows;
      return `[${shown.map(writeCalendarPost).join(',')}]`;
    },
  };
}
export type CalendarPostsService = ReturnType<typeof createCalendarPostsService>;
