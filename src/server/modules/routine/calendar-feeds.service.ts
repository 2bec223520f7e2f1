import { createHmac, hkdfSync, randomUUID } from 'node:crypto';
import { isLocalAddress } from '../../../core/routine/calendar-subscription-links.js';
import { applyRushWeeks } from '../../../core/routine/index.js';
import type { Clock } from '../../platform/clock.js';
import { hashToken } from '../../platform/crypto.js';
import type { RunInTransaction } from '../../platform/db.js';
import { HttpProblem, notFound } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { buildRoutineCalendar } from './build-routine-calendar.js';
import type { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import { type RoutineBlocksRepository, toCoreBlock } from './routine-blocks.repository.js';
import type { RoutineOccurrencesRepository } from './routine-occurrences.repository.js';

/**
 * Secret ICS URLs a calendar app subscribes to: one for the whole workspace, one per member (their
 * blocks and the workspace's). The token is an HMAC of the feed's id under a key derived from
 * CADENCE_SECRET: only its hash is stored (a leaked database leaks no working URL), yet the
 * server can show the URL again to whoever may hold it, so calendars already subscribed keep
 * working. Regenerating revokes the previous URL. A member's feed dies with their membership.
 * Feeds made before this scheme had random tokens: those cannot be shown again, only regenerated.
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
  secret,
}: {
  calendarFeedsRepository: CalendarFeedsRepository;
  routineBlocksRepository: RoutineBlocksRepository;
  routineOccurrencesRepository: RoutineOccurrencesRepository;
  categoriesRepository: CategoriesRepository;
  workspacesRepository: WorkspacesRepository;
  runInTransaction: RunInTransaction;
  clock: Clock;
  baseUrl: string;
  secret: string;
}) {
  const feedKey = Buffer.from(hkdfSync('sha256', secret, 'cadence', 'calendar-feed-v1', 32));
  const tokenOf = (feedId: string) => createHmac('sha256', feedKey).update(feedId).digest('base64url');
  const feedUrl = (feedId: string) => `${baseUrl}/api/calendar/${tokenOf(feedId)}.ics`;
  const scopeOf = (userId: string | null) => (userId === null ? ('workspace' as const) : ('member' as const));
  const statusOf = (feed: { id: string; tokenHash: string; createdAt: string } | null) =>
    feed ? { createdAt: feed.createdAt, canShowUrl: hashToken(tokenOf(feed.id)) === feed.tokenHash } : null;

  return {
    async getStatus(workspaceId: string, userId: string) {
      const [workspace, mine] = await Promise.all([
        calendarFeedsRepository.findLive(workspaceId, null),
        calendarFeedsRepository.findLive(workspaceId, userId),
      ]);
      return {
        workspace: statusOf(workspace),
        mine: statusOf(mine),
        isBaseUrlLocal: isLocalAddress(baseUrl),
        baseUrl,
      };
    },

    /** `userId` null = the workspace's feed. The URL itself is never stored. */
    async createFeed(workspaceId: string, userId: string | null) {
      const id = randomUUID();
      const { createdAt } = await runInTransaction((tx) =>
        calendarFeedsRepository.replace(tx, {
          id,
          workspaceId,
          userId,
          tokenHash: hashToken(tokenOf(id)),
          now: clock.now(),
        }),
      );
      return { scope: scopeOf(userId), url: feedUrl(id), createdAt };
    },

    /** The live feed's URL again, for the person who may hold it. */
    async showFeed(workspaceId: string, userId: string | null) {
      const feed = await calendarFeedsRepository.findLive(workspaceId, userId);
      if (!feed) throw notFound();
      if (hashToken(tokenOf(feed.id)) !== feed.tokenHash)
        throw new HttpProblem(409, 'calendar_feed_url_not_kept');
      return { scope: scopeOf(userId), url: feedUrl(feed.id), createdAt: feed.createdAt };
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
      const [storedExceptions, rushWeeks, categories] = await Promise.all([
        routineOccurrencesRepository.listExceptionsOfBlocks(
          feed.workspaceId,
          blocks.map((block) => block.id),
        ),
        routineOccurrencesRepository.listAllRushWeekStarts(feed.workspaceId),
        categoriesRepository.list(feed.workspaceId),
      ]);
      // A rush week is written as what it is: skipped blocks excluded, kept ones shortened.
      const { exceptions, rushKeys } = applyRushWeeks(blocks.map(toCoreBlock), storedExceptions, rushWeeks);
      return buildRoutineCalendar({
        name: `${feed.workspaceName} · Routine`,
        workspaceId: feed.workspaceId,
        workspaceTimeZone: feed.timeZone,
        locale: feed.locale === 'en' ? 'en' : 'fr',
        baseUrl,
        blocks,
        exceptions,
        rushKeys,
        categories,
        now: clock.now(),
      });
    },
  };
}

export type CalendarFeedsService = ReturnType<typeof createCalendarFeedsService>;
