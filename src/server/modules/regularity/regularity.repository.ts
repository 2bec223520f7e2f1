import { and, eq, gt, gte, inArray, lt, max, or, sql } from 'drizzle-orm';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { RegularityPost } from '../../../core/regularity/index.js';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions } from '../content/content.table.js';
import { rushWeeks } from '../routine/rush-weeks.table.js';
import { workspaceNetworks } from '../strategy/networks.table.js';

/** Versions still on their way out: counted as planned while their time is ahead. */
const plannedStatuses = ['scheduled', 'publishing', 'unknown'] as const;

/**
 * Reads the content module's posts as regularity needs them (read only): each network's version
 * is one post on one day, published (when it went out, by a connector or by hand) or planned
 * (when it is due).
 */
export function createRegularityRepository(db: Queryable) {
  return {
    async listPosts(workspaceId: string, window: { from: Date; to: Date }): Promise<RegularityPost[]> {
      const publishedAt = sql<Date>`coalesce(${postVersions.publishedAt}, ${posts.scheduledAt})`;
      const rows = await db
        .select({
          network: postVersions.network,
          status: postVersions.status,
          publishedAt: postVersions.publishedAt,
          scheduledAt: posts.scheduledAt,
        })
        .from(postVersions)
        .innerJoin(posts, and(eq(posts.id, postVersions.postId), eq(posts.workspaceId, workspaceId)))
        .where(
          and(
            eq(postVersions.workspaceId, workspaceId),
            or(
              and(
                eq(postVersions.status, 'published'),
                gte(publishedAt, window.from),
                lt(publishedAt, window.to),
              ),
              and(
                inArray(postVersions.status, [...plannedStatuses]),
                gte(posts.scheduledAt, window.from),
                lt(posts.scheduledAt, window.to),
              ),
            ),
          ),
        );
      return rows.flatMap((row) => {
        const at = row.status === 'published' ? (row.publishedAt ?? row.scheduledAt) : row.scheduledAt;
        if (!at) return [];
        return [
          {
            network: row.network as NetworkKey,
            at: at.toISOString(),
            isPublished: row.status === 'published',
          },
        ];
      });
    },

    /** Local Mondays of the workspace's rush weeks from `fromDate` on (routine's table, read only). */
    async listRushWeekStarts(workspaceId: string, fromDate: string): Promise<string[]> {
      const rows = await db
        .select({ weekStart: rushWeeks.weekStart })
        .from(rushWeeks)
        .where(and(eq(rushWeeks.workspaceId, workspaceId), gte(rushWeeks.weekStart, fromDate)));
      return rows.map((row) => row.weekStart);
    },

    /** Workspaces where at least one network has a posting target (non-demo or not: both post). */
    async listWorkspacesWithTargets(): Promise<string[]> {
      const rows = await db
        .selectDistinct({ workspaceId: workspaceNetworks.workspaceId })
        .from(workspaceNetworks)
        .where(gt(workspaceNetworks.targetPostsPerWeek, 0));
      return rows.map((row) => row.workspaceId);
    },

    /** Each network's latest publication ever, for silences longer than the window read. */
    async findLastPublished(workspaceId: string): Promise<Partial<Record<NetworkKey, string>>> {
      const rows = await db
        .select({
          network: postVersions.network,
          at: max(sql<Date>`coalesce(${postVersions.publishedAt}, ${posts.scheduledAt})`),
        })
        .from(postVersions)
        .innerJoin(posts, and(eq(posts.id, postVersions.postId), eq(posts.workspaceId, workspaceId)))
        .where(and(eq(postVersions.workspaceId, workspaceId), eq(postVersions.status, 'published')))
        .groupBy(postVersions.network);
      return Object.fromEntries(
        rows.flatMap((row) => (row.at ? [[row.network, new Date(row.at).toISOString()]] : [])),
      );
    },
  };
}

export type RegularityRepository = ReturnType<typeof createRegularityRepository>;
