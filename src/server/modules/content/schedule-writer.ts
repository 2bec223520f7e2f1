import type { Queryable } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import type { PostEventsRepository } from './post-events.repository.js';
import type { PostsRepository, PostWithVersions } from './posts.repository.js';
import type { PublicationPlanning } from './publication-planning.js';

/**
 * The one way a post is placed in time, inside the caller's transaction: the post and its
 * versions scheduled, its publications planned with their jobs, the history told, and, when a person publishes some version by hand, the
 * reminder job for that minute, which exists only if the transaction commits. A job for an
 * earlier time is not cancelled: it finds the post moved and does nothing.
 */
export function createScheduleWriter(dependencies: {
  postsRepository: Pick<PostsRepository, 'update' | 'setPendingVersionsStatus' | 'hasScheduledVersionByHand'>;
  postEventsRepository: Pick<PostEventsRepository, 'record'>;
  jobs: Pick<CadenceJobs, 'send'>;
  /** The publications of the post's connected accounts, with their jobs (publishing module). */
  publicationPlanning: PublicationPlanning;
}) {
  const { postsRepository, postEventsRepository, jobs, publicationPlanning } = dependencies;
  return {
    async writeSchedule(
      tx: Queryable,
      input: {
        workspaceId: string;
        post: Pick<PostWithVersions, 'id' | 'versions'>;
        instant: Date;
        userId: string | null;
        now: Date;
        /** The history already tells it (an approval that schedules). */
        isQuiet?: boolean;
      },
    ) {
      const { workspaceId, post, instant, now } = input;
      await postsRepository.update(
        tx,
        workspaceId,
        post.id,
        { status: 'scheduled', scheduledAt: instant },
        now,
      );
      await postsRepository.setPendingVersionsStatus(tx, workspaceId, post.id, 'scheduled');
      await publicationPlanning.planPost(tx, workspaceId, post.id, 'scheduled');
      if (!input.isQuiet)
        await postEventsRepository.record(tx, {
          workspaceId,
          postId: post.id,
          userId: input.userId,
          kind: 'scheduled',
          at: now,
        });
      // Asked of the database, not of `post`: planning has just set each version's mode (a post
      // loaded before it says `by_hand` for every new version, and each got a reminder job).
      if (await postsRepository.hasScheduledVersionByHand(tx, workspaceId, post.id)) {
        const scheduledAt = instant.toISOString();
        await jobs.send(
          'post-due-by-hand',
          { version: 1, workspaceId, postId: post.id, scheduledAt },
          { tx, startAfter: instant, idempotencyKey: `${post.id}@${scheduledAt}` },
        );
      }
    },
  };
}

export type ScheduleWriter = ReturnType<typeof createScheduleWriter>;
