import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Category } from '../../../contracts/budget.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { dayBounds, getLocalWallClockTime } from '../../../core/time/index.js';
import type { Queryable } from '../../platform/db.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import { posts, postVersions } from '../content/content.table.js';
import type { RoutineOccurrencesService } from './routine-occurrences.service.js';

/** One routine block of the day as the morning mail tells it (its label is made in the mail's language). */
export type MorningBlock = {
  startTime: string;
  endTime: string;
  title: string | null;
  templateKey: string | null;
  category: Pick<Category, 'name' | 'referenceKey'> | undefined;
  networkKey: string | null;
  /** Null: a shared block, everyone's. */
  memberUserId: string | null;
};

/** One workspace's day for the morning mail: its blocks, and the posts a person publishes by hand. */
export type MorningWorkspaceDay = {
  localDate: string;
  timeZone: string;
  blocks: MorningBlock[];
  dueByHand: { postId: string; network: NetworkKey; text: string; time: string }[];
};

/**
 * Reads a workspace's day (`localDate` in the workspace's zone) from the Today view the app shows,
 * so the mail and the page agree: the plan with its moves, exceptions and rush weeks, less what
 * was skipped; then the versions still to publish by hand that day.
 */
export function createMorningDayReader(deps: {
  db: Queryable;
  routineOccurrencesService: Pick<RoutineOccurrencesService, 'getToday'>;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
}) {
  return async function readMorningDay(workspaceId: string, localDate: string): Promise<MorningWorkspaceDay> {
    const today = await deps.routineOccurrencesService.getToday(workspaceId, { date: localDate });
    const categories = new Map(
      (await deps.categoriesRepository.list(workspaceId)).map((category) => [category.id, category]),
    );
    const day = dayBounds(localDate, today.timeZone);
    const due = await deps.db
      .select({
        postId: posts.id,
        network: postVersions.network,
        versionText: postVersions.text,
        text: posts.text,
        scheduledAt: posts.scheduledAt,
      })
      .from(postVersions)
      .innerJoin(posts, and(eq(posts.id, postVersions.postId), eq(posts.workspaceId, workspaceId)))
      .where(
        and(
          eq(postVersions.workspaceId, workspaceId),
          eq(postVersions.status, 'scheduled'),
          eq(postVersions.publishMode, 'by_hand'),
          eq(posts.status, 'scheduled'),
          gte(posts.scheduledAt, new Date(day.start)),
          lt(posts.scheduledAt, new Date(day.end)),
        ),
      )
      .orderBy(asc(posts.scheduledAt), asc(postVersions.sortOrder));
    return {
      localDate,
      timeZone: today.timeZone,
      blocks: today.occurrences
        .filter((occurrence) => occurrence.status !== 'skipped')
        .map((occurrence) => ({
          startTime: occurrence.startTime,
          endTime: occurrence.endTime,
          title: occurrence.title,
          templateKey: occurrence.templateKey,
          category: categories.get(occurrence.categoryId),
          networkKey: occurrence.networkKey,
          memberUserId: occurrence.memberUserId,
        })),
      dueByHand: due.flatMap((row) =>
        row.scheduledAt
          ? [
              {
                postId: row.postId,
                network: row.network as NetworkKey,
                text: (row.versionText ?? row.text).slice(0, 160),
                time: getLocalWallClockTime(row.scheduledAt.toISOString(), today.timeZone),
              },
            ]
          : [],
      ),
    };
  };
}

export type ReadMorningDay = ReturnType<typeof createMorningDayReader>;
