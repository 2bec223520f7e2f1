import type { DueByHand } from '../../../contracts/content.js';
import type { PostDueByHandJob } from '../../../contracts/jobs.js';
import type { Clock } from '../../platform/clock.js';
import type { CadenceQueues } from '../../platform/job-queues.js';
import type { JobHandler } from '../../platform/jobs.js';
import type { PostsRepository } from './posts.repository.js';
import { findDueByHand } from './schedule-post.service.js';

/** What is due by hand for one post, handed to whoever tells the person (mail, notification). */
export type DueByHandEvent = { workspaceId: string; postId: string; scheduledAt: string; items: DueByHand };

/**
 * At a post's minute, its by-hand versions are due: the reminder. A job sent for a time the post
 * no longer has (moved, unscheduled, published, deleted) does nothing; a post with nothing left
 * to publish by hand neither. Running twice tells twice at worst, never wrongly.
 */
export function createDueByHandJob(dependencies: {
  postsRepository: Pick<PostsRepository, 'find' | 'listDueByHand'>;
  clock: Clock;
  onDueByHand: (event: DueByHandEvent) => Promise<void>;
}): Extract<JobHandler<CadenceQueues>, { queue: 'post-due-by-hand' }> {
  return {
    queue: 'post-due-by-hand',
    async handle(job: PostDueByHandJob) {
      const post = await dependencies.postsRepository.find(job.workspaceId, job.postId);
      if (post?.status !== 'scheduled' || !post.scheduledAt) return;
      if (post.scheduledAt.getTime() !== Date.parse(job.scheduledAt)) return;
      // Only this post's versions: a burst of reminders must not each read the workspace's list.
      const items = await findDueByHand(
        dependencies.postsRepository,
        job.workspaceId,
        dependencies.clock.now(),
        job.postId,
      );
      if (items.length === 0) return;
      await dependencies.onDueByHand({
        workspaceId: job.workspaceId,
        postId: job.postId,
        scheduledAt: post.scheduledAt.toISOString(),
        items,
      });
    },
  };
}
