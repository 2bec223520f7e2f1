import { and, count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { NetworkRegularityView } from '../../../contracts/regularity.js';
import { expandPostingSlots } from '../../../core/content/posting-slots.js';
import { findEmptySlots } from '../../../core/regularity/index.js';
import { addDaysToDate, getLocalDate, weekBounds } from '../../../core/time/index.js';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions } from '../content/content.table.js';
import type { PostingSlotsRepository } from '../content/posting-slots.repository.js';
import type { PlannedVsActualService } from '../tracking/planned-vs-actual.service.js';
import type { RegularityRepository } from './regularity.repository.js';
import type { RegularityService } from './regularity.service.js';

export type BestPost = { postId: string; text: string; publishedOn: number };

/** One workspace's week as the Friday digest tells it. */
export type DigestWorkspaceWeek = {
  weekStart: string;
  timeZone: string;
  hours: { budgetMinutes: number; routineMinutes: number; trackedMinutes: number };
  networks: NetworkRegularityView[];
  bestPost: BestPost | null;
  /** Next week's posting slots with no post of their network that day. */
  emptySlots: { network: NetworkKey; localDate: string; time: string }[];
};

/**
 * Reads what the digest says of a workspace's week from the modules that know it. The best post
 * is the one published on the most networks this week until results exist: `findBestPost` is
 * the hook a results module replaces (with reach or clicks).
 */
export function createDigestWeekReader(deps: {
  db: Queryable;
  regularityService: RegularityService;
  regularityRepository: RegularityRepository;
  plannedVsActualService: Pick<PlannedVsActualService, 'getWeek'>;
  postingSlotsRepository: Pick<PostingSlotsRepository, 'list'>;
  findBestPost?: (workspaceId: string, week: { from: Date; to: Date }) => Promise<BestPost | null>;
}) {
  async function findMostPublished(
    workspaceId: string,
    week: { from: Date; to: Date },
  ): Promise<BestPost | null> {
    const [row] = await deps.db
      .select({ postId: posts.id, text: posts.text, publishedOn: count() })
      .from(postVersions)
      .innerJoin(posts, and(eq(posts.id, postVersions.postId), eq(posts.workspaceId, workspaceId)))
      .where(
        and(
          eq(postVersions.workspaceId, workspaceId),
          eq(postVersions.status, 'published'),
          gte(postVersions.publishedAt, week.from),
          lt(postVersions.publishedAt, week.to),
        ),
      )
      .groupBy(posts.id, posts.text)
      .orderBy(desc(count()), desc(sql`max(${postVersions.publishedAt})`))
      .limit(1);
    return row ? { postId: row.postId, text: row.text.slice(0, 160), publishedOn: row.publishedOn } : null;
  }

  return async function readDigestWeek(workspaceId: string): Promise<DigestWorkspaceWeek> {
    const regularity = await deps.regularityService.findRegularity(workspaceId);
    const pva = await deps.plannedVsActualService.getWeek(workspaceId, { weekStart: regularity.weekStart });
    const thisWeek = { from: new Date(pva.week.startsAt), to: new Date(pva.week.endsAt) };
    const nextWeekStart = addDaysToDate(regularity.weekStart, 7);
    const { timeZone } = regularity;
    const nextWeek = weekBounds(nextWeekStart, timeZone);
    const [bestPost, slots, planned] = await Promise.all([
      (deps.findBestPost ?? findMostPublished)(workspaceId, thisWeek),
      deps.postingSlotsRepository.list(workspaceId),
      deps.regularityRepository.listPosts(workspaceId, {
        from: new Date(nextWeek.start),
        to: new Date(nextWeek.end),
      }),
    ]);
    const emptySlots = findEmptySlots(
      expandPostingSlots(slots, timeZone, nextWeekStart, 7),
      planned.map((post) => ({ network: post.network, localDate: getLocalDate(post.at, timeZone) })),
    ).map(({ network, localDate, time }) => ({ network, localDate, time }));
    return {
      weekStart: regularity.weekStart,
      timeZone,
      hours: {
        budgetMinutes: pva.totals.budgetMinutes,
        routineMinutes: pva.totals.routineMinutes,
        trackedMinutes: pva.totals.trackedMinutes,
      },
      networks: regularity.networks.filter((line) => line.target !== null),
      bestPost,
      emptySlots,
    };
  };
}
