import type { Clock } from '../../platform/clock.js';
import { createUrlToken, hashToken } from '../../platform/crypto.js';
import type { RunInTransaction } from '../../platform/db.js';
import { notFound } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { buildRoutineCalendar } from './build-routine-calendar.js';
import type { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import type { RoutineBlocksRepository } from './routine-blocks.repository.js';
import type { RoutineOccurrencesRepository } from './routine-occurrences.repository.js';

/**
 * Secret ICS URLs a calendar app subscribes to: one for the whole workspace, one per member (their
 * blocks and the workspace's). The token is shown once and stored hashed; regenerating revokes
 * the previous URL. A member's feed dies with their membership.
 */
export function createCalendarFeedsService({
  calendarFeedsRepository,
  routineBlocksRepository,
  routineOccurrencesRepository,
  categoriesRepository,
  workspacesRepository,
  runInTransaction,
  clock,
  baseUrl,
}: {
  calendarFeedsRepository: CalendarFeedsRepository;
  routineBlocksRepository: RoutineBlocksRepository;
  routineOccurrencesRepository: RoutineOccurrencesRepository;
  categoriesRepository: CategoriesRepository;
  workspacesRepository: WorkspacesRepository;
  runInTransaction: RunInTransaction;
  clock: Clock;
  baseUrl: string;
}) {
  return {
    async getStatus(workspaceId: string, userId: string) {
      const [workspace, mine] = await Promise.all([
        calendarFeedsRepository.findLive(workspaceId, null),
        calendarFeedsRepository.findLive(workspaceId, userId),
      ]);
      return { workspace, mine };
    },

    /** `userId` null = the workspace's feed. Returns the URL, which is never stored. */
    async createFeed(workspaceId: string, userId: string | null) {
      const token = createUrlToken();
      const { createdAt } = await runInTransaction((tx) =>
        calendarFeedsRepository.replace(tx, {
          workspaceId,
          userId,
          tokenHash: hashToken(token),
          now: clock.now(),
        }),
      );
      return {
        scope: userId === null ? ('workspace' as const) : ('member' as const),
        url: `${baseUrl}/api/calendar/${token}.ics`,
        createdAt,
      };
    },

    async revokeFeed(workspaceId: string, userId: string | null): Promise<void> {
      if (!(await calendarFeedsRepository.revoke(workspaceId, userId, clock.now()))) throw notFound();
    },

    /** The ICS text behind a token (`<token>.ics` or the bare token); 404 when unknown or revoked. */
    async renderFeed(tokenWithExtension: string): Promise<string> {
      const token = tokenWithExtension.replace(/\.ics$/, '');
      const feed = await calendarFeedsRepository.findLiveByTokenHash(hashToken(token));
      if (!feed) throw notFound();
      if (feed.userId !== null && !(await workspacesRepository.findRole(feed.workspaceId, feed.userId)))
        throw notFound();
      const blocks = await routineBlocksRepository.list(
        feed.workspaceId,
        feed.userId === null ? {} : { visibleTo: feed.userId },
      );
      const [exceptions, categories] = await Promise.all([
        routineOccurrencesRepository.listExceptionsOfBlocks(
          feed.workspaceId,
          blocks.map((block) => block.id),
        ),
        categoriesRepository.list(feed.workspaceId),
      ]);
      return buildRoutineCalendar({
        name: `${feed.workspaceName} · Routine`,
        workspaceId: feed.workspaceId,
        workspaceTimeZone: feed.timeZone,
        locale: feed.locale === 'en' ? 'en' : 'fr',
        baseUrl,
        blocks,
        exceptions,
        categories,
        now: clock.now(),
      });
    },
  };
}

export type CalendarFeedsService = ReturnType<typeof createCalendarFeedsService>;
