import type { CalendarPost, CalendarPostsQuery } from '../../../contracts/content-calendar.js';
import { derivePostStatus, deriveVersionStatus } from '../../../core/content/post-status.js';
import { dayBounds } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { CalendarPostRow, CalendarPostsRepository } from './calendar-posts.repository.js';

/** A calendar row as the API shows it at `now` (states read from the clock, as `toPostView` does). */
export function toCalendarPost(row: CalendarPostRow, now: Date): CalendarPost {
  const scheduledAt = new Date(row.scheduledAt);
  return {
    id: row.id,
    excerpt: row.excerpt,
    pillarId: row.pillarId,
    status: derivePostStatus({ status: row.status, scheduledAt }, row.versions, now),
    scheduledAt: row.scheduledAt,
    versions: row.versions.map((version) => ({
      network: version.network,
      status: deriveVersionStatus(version, scheduledAt, now),
      publishedAt: version.publishedAt,
    })),
  };
}

/** The editorial calendar's period: two statements (the workspace's zone, then its posts). */
export function createCalendarPostsService(dependencies: {
  calendarPostsRepository: CalendarPostsRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  clock: Clock;
}) {
  return {
    async list(workspaceId: string, query: CalendarPostsQuery): Promise<CalendarPost[]> {
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
      const posts = rows.map((row) => toCalendarPost(row, now));
      return query.status ? posts.filter((post) => post.status === query.status) : posts;
    },
  };
}
export type CalendarPostsService = ReturnType<typeof createCalendarPostsService>;
