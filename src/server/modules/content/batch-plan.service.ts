import type { BatchPlan } from '../../../contracts/content-work.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { batchWeekStart, planBatchWeek } from '../../../core/content/batch-plan.js';
import { addDaysToDate } from '../../../core/time/index.js';
import { dayBounds, getLocalDate } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { ContentReferences } from './content-references.js';
import type { PostingSlotsRepository } from './posting-slots.repository.js';
import type { PostsRepository } from './posts.repository.js';

/** The week a batch session fills: targets per network against posts, and the empty slots. */
export function createBatchPlanService(dependencies: {
  postsRepository: Pick<PostsRepository, 'list'>;
  postingSlotsRepository: Pick<PostingSlotsRepository, 'list'>;
  references: Pick<ContentReferences, 'listStrategyNetworks'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  clock: Clock;
}) {
  return {
    async getBatchPlan(workspaceId: string, requestedWeekStart: string | undefined): Promise<BatchPlan> {
      const settings = await dependencies.workspacesRepository.findSettings(workspaceId);
      if (!settings) throw notFound();
      const zone = settings.timeZone;
      const now = dependencies.clock.now().toISOString();
      const weekStart = requestedWeekStart ?? batchWeekStart(getLocalDate(now, zone));
      const [slots, targets, posts] = await Promise.all([
        dependencies.postingSlotsRepository.list(workspaceId),
        dependencies.references.listStrategyNetworks(workspaceId),
        dependencies.postsRepository.list(workspaceId, {
          from: new Date(dayBounds(weekStart, zone).start),
          before: new Date(dayBounds(addDaysToDate(weekStart, 7), zone).start),
        }),
      ]);
      // A post awaiting approval holds its proposed slot, like a scheduled one.
      const placed = posts.filter((post) => post.status !== 'draft' && post.status !== 'ready');
      const lines = planBatchWeek({
        weekStart,
        zone,
        now,
        slots,
        targets,
        versions: placed.flatMap((post) =>
          post.versions.map((version) => ({
            network: version.network as NetworkKey,
            isPublished: version.status === 'published',
            at: (version.publishedAt ?? post.scheduledAt)?.toISOString() ?? null,
          })),
        ),
      });
      return {
        weekStart,
        timeZone: zone,
        networks: lines.map((line) => ({
          ...line,
          openSlots: line.openSlots.map(({ instant, localDate, time }) => ({ instant, localDate, time })),
        })),
      };
    },
  };
}

export type BatchPlanService = ReturnType<typeof createBatchPlanService>;
