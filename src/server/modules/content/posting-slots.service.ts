import type { PostingSlotsView } from '../../../contracts/content.js';
import { type PostingSlot, proposePostingSlots } from '../../../core/content/posting-slots.js';
import type { RunInTransaction } from '../../platform/db.js';
import { notFound } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { ContentReferences } from './content-references.js';
import type { PostingSlotsRepository } from './posting-slots.repository.js';

/**
 * Slots are wall-clock times in the workspace's zone, so 09:00 stays 09:00 across
 * daylight-saving changes (and follows the workspace when its zone changes).
 */
export function createPostingSlotsService({
  postingSlotsRepository,
  workspacesRepository,
  references,
  runInTransaction,
}: {
  postingSlotsRepository: PostingSlotsRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  references: ContentReferences;
  runInTransaction: RunInTransaction;
}) {
  async function zoneOf(workspaceId: string) {
    const settings = await workspacesRepository.findSettings(workspaceId);
    if (!settings) throw notFound();
    return settings.timeZone;
  }

  async function getPostingSlots(workspaceId: string): Promise<PostingSlotsView> {
    const slots = await postingSlotsRepository.list(workspaceId);
    const withSlots = new Set(slots.map((slot) => slot.network));
    const proposal = (await references.listStrategyNetworks(workspaceId))
      .filter((item) => !withSlots.has(item.network) && item.targetPostsPerWeek)
      .flatMap((item) => proposePostingSlots(item.network, item.targetPostsPerWeek ?? 0));
    return { timeZone: await zoneOf(workspaceId), slots, proposal };
  }

  return {
    getPostingSlots,

    async setPostingSlots(workspaceId: string, slots: PostingSlot[]): Promise<PostingSlotsView> {
      await references.assertStrategyNetworks(workspaceId, [...new Set(slots.map((slot) => slot.network))]);
      await runInTransaction((tx) => postingSlotsRepository.replace(tx, workspaceId, slots));
      return getPostingSlots(workspaceId);
    },
  };
}

export type PostingSlotsService = ReturnType<typeof createPostingSlotsService>;
