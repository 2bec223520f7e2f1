import type { Post } from '../../../contracts/content.js';
import type { SendForApprovalBody } from '../../../contracts/content-work.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { maySendForApproval, statusAfterApproval } from '../../../core/content/approval.js';
import { resolveWallClock } from '../../../core/time/resolve-wall-clock.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import { conflict, notFound, unprocessable } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { PostEventsRepository } from './post-events.repository.js';
import type { PostsRepository } from './posts.repository.js';
import type { PostsService } from './posts.service.js';
import { assertPublishable } from './schedule-rules.js';
import type { ScheduleWriter } from './schedule-writer.js';

/** What other features may do when a post goes to its client or comes back approved. */
export type ApprovalEvent = { workspaceId: string; postId: string; userId: string };
export type ApprovalHooks = {
  onApprovalRequested?: (event: ApprovalEvent) => Promise<void>;
  onApprovalGiven?: (event: ApprovalEvent) => Promise<void>;
};

export type ReviewActor = { workspaceId: string; userId: string };

/**
 * Approval, for agencies: a post is sent to the client, who approves it (it is then scheduled at
 * its proposed time, if any) or asks for changes with a comment (it goes back to draft). Every
 * step is told in the post's history; comments form its thread. Who may do what is checked by the
 * routes (src/core/access `canReviewPost`), since a viewer reaches these and nothing else.
 */
export function createPostApprovalService(
  dependencies: {
    postsRepository: Pick<PostsRepository, 'find' | 'update'>;
    postEventsRepository: PostEventsRepository;
    postsService: Pick<PostsService, 'findPost'>;
    workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
    scheduleWriter: ScheduleWriter;
    jobs: Pick<CadenceJobs, 'start'>;
    runInTransaction: RunInTransaction;
    clock: Clock;
  } & ApprovalHooks,
) {
  const { postsRepository, postEventsRepository, postsService, runInTransaction, clock } = dependencies;

  async function load(workspaceId: string, postId: string) {
    const post = await postsRepository.find(workspaceId, postId);
    if (!post) throw notFound();
    return post;
  }

  async function tell(event: ApprovalEvent, hook: ((event: ApprovalEvent) => Promise<void>) | undefined) {
    // What another feature does with it must not undo what the person did.
    await hook?.(event).catch(() => undefined);
  }

  return {
    async sendForApproval(actor: ReviewActor, postId: string, body: SendForApprovalBody): Promise<Post> {
      const post = await load(actor.workspaceId, postId);
      if (!maySendForApproval(post)) throw conflict('post_cannot_go_to_approval');
      assertPublishable(
        post.text,
        post.versions.map((version) => ({ network: version.network as NetworkKey, text: version.text })),
      );
      let proposed: Date | null = post.scheduledAt;
      if (body.at) {
        const settings = await dependencies.workspacesRepository.findSettings(actor.workspaceId);
        if (!settings) throw notFound();
        proposed = new Date(resolveWallClock(body.at.date, body.at.time, settings.timeZone));
        if (proposed.getTime() <= clock.now().getTime()) throw unprocessable('post_time_past', {}, ['at']);
      }
      const now = clock.now();
      await runInTransaction(async (tx) => {
        await postsRepository.update(
          tx,
          actor.workspaceId,
          postId,
          { status: 'awaiting_approval', scheduledAt: proposed, approvedAt: null, approvedByUserId: null },
          now,
        );
        await postEventsRepository.record(tx, { ...actor, postId, kind: 'sent_for_approval', at: now });
      });
      await tell({ ...actor, postId }, dependencies.onApprovalRequested);
      return postsService.findPost(actor.workspaceId, postId);
    },

    async approve(actor: ReviewActor, postId: string, comment: string | null): Promise<Post> {
      const post = await load(actor.workspaceId, postId);
      if (post.status !== 'awaiting_approval') throw conflict('post_not_awaiting_approval');
      const now = clock.now();
      const next = statusAfterApproval(post, now);
      await dependencies.jobs.start();
      await runInTransaction(async (tx) => {
        const approval = { approvedAt: now, approvedByUserId: actor.userId };
        await postEventsRepository.record(tx, { ...actor, postId, kind: 'approved', comment, at: now });
        if (next === 'scheduled' && post.scheduledAt) {
          await postsRepository.update(tx, actor.workspaceId, postId, approval, now);
          await dependencies.scheduleWriter.writeSchedule(tx, {
            workspaceId: actor.workspaceId,
            post,
            instant: post.scheduledAt,
            userId: actor.userId,
            now,
          });
        } else
          await postsRepository.update(
            tx,
            actor.workspaceId,
            postId,
            { ...approval, status: 'ready', scheduledAt: null },
            now,
          );
      });
      await tell({ ...actor, postId }, dependencies.onApprovalGiven);
      return postsService.findPost(actor.workspaceId, postId);
    },

    async requestChanges(actor: ReviewActor, postId: string, comment: string): Promise<Post> {
      const post = await load(actor.workspaceId, postId);
      if (post.status !== 'awaiting_approval') throw conflict('post_not_awaiting_approval');
      const now = clock.now();
      await runInTransaction(async (tx) => {
        // Back to its writers, keeping the proposed time for when it is sent again.
        await postsRepository.update(tx, actor.workspaceId, postId, { status: 'draft' }, now);
        await postEventsRepository.record(tx, {
          ...actor,
          postId,
          kind: 'changes_requested',
          comment,
          at: now,
        });
      });
      return postsService.findPost(actor.workspaceId, postId);
    },

    async comment(actor: ReviewActor, postId: string, comment: string) {
      await load(actor.workspaceId, postId);
      await runInTransaction((tx) =>
        postEventsRepository.record(tx, { ...actor, postId, kind: 'commented', comment, at: clock.now() }),
      );
      return postEventsRepository.list(actor.workspaceId, postId);
    },

    async listEvents(workspaceId: string, postId: string) {
      await load(workspaceId, postId);
      return postEventsRepository.list(workspaceId, postId);
    },
  };
}

export type PostApprovalService = ReturnType<typeof createPostApprovalService>;
