import type { DueByHand, Post, SchedulePostBody } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { mayBeScheduled } from '../../../core/content/approval.js';
import { findNextFreeSlot } from '../../../core/content/posting-slots.js';
import { resolveWallClock } from '../../../core/time/resolve-wall-clock.js';
import { getLocalWallClockTime } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import { conflict, notFound, unprocessable } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { IdeasRepository } from './ideas.repository.js';
import type { PostEventsRepository } from './post-events.repository.js';
import type { PostingSlotsRepository } from './posting-slots.repository.js';
import type { PostsRepository, PostWithVersions } from './posts.repository.js';
import type { PostsService } from './posts.service.js';
import type { PublicationPlanning } from './publication-planning.js';
import { assertPublishable, type TextLimitsLookup } from './schedule-rules.js';
import type { ScheduleWriter } from './schedule-writer.js';

export type SchedulePostDependencies = {
  postsRepository: PostsRepository;
  ideasRepository: Pick<IdeasRepository, 'update'>;
  postingSlotsRepository: Pick<PostingSlotsRepository, 'list'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  postsService: Pick<PostsService, 'findPost'>;
  postEventsRepository: Pick<PostEventsRepository, 'record'>;
  scheduleWriter: ScheduleWriter;
  jobs: Pick<CadenceJobs, 'start'>;
  runInTransaction: RunInTransaction;
  clock: Clock;
  /** The connected accounts' limits, which replace the networks' defaults. */
  textLimits: TextLimitsLookup;
  publicationPlanning: PublicationPlanning;
};

const versionsOf = (post: PostWithVersions) =>
  post.versions.map((version) => ({
    network: version.network as NetworkKey,
    text: version.text,
    thread: version.thread,
  }));

/** Placing posts in time: schedule, move, queue, unschedule, and publishing by hand. */
export function createSchedulePostService(dependencies: SchedulePostDependencies) {
  const { postsRepository, postsService, runInTransaction, clock } = dependencies;

  async function load(workspaceId: string, postId: string) {
    const post = await postsRepository.find(workspaceId, postId);
    if (!post) throw notFound();
    const settings = await dependencies.workspacesRepository.findSettings(workspaceId);
    if (!settings) throw notFound();
    return { post, zone: settings.timeZone, needsApproval: settings.postsNeedApproval };
  }

  /** Only approved posts are given a time where the workspace asks for approval. */
  function assertMayBeScheduled(post: PostWithVersions, needsApproval: boolean) {
    if (post.status === 'published') throw conflict('post_already_published');
    // A post already scheduled (before approval was asked for) may still move.
    if (post.status !== 'scheduled' && !mayBeScheduled(post, needsApproval))
      throw conflict('post_needs_approval');
  }

  /** The first free slot after now, or from `notBefore` on when that is later (a batch's week). */
  async function findQueueSlot(workspaceId: string, post: PostWithVersions, zone: string, notBefore?: Date) {
    const now = clock.now();
    const from = notBefore && notBefore > now ? new Date(notBefore.getTime() - 1) : now;
    return findNextFreeSlot({
      slots: await dependencies.postingSlotsRepository.list(workspaceId),
      zone,
      now: from.toISOString(),
      networks: versionsOf(post).map((version) => version.network),
      taken: await postsRepository.listTakenInstants(workspaceId, now, post.id),
    });
  }

  async function scheduleAt(
    workspaceId: string,
    post: PostWithVersions,
    instant: string,
    userId: string | null,
  ): Promise<Post> {
    assertPublishable(post.text, versionsOf(post), await dependencies.textLimits(workspaceId));
    if (Date.parse(instant) <= clock.now().getTime()) throw unprocessable('post_time_past', {}, ['date']);
    // pg-boss must be up before the transaction: on PGlite it shares the one connection.
    await dependencies.jobs.start();
    await runInTransaction((tx) =>
      dependencies.scheduleWriter.writeSchedule(tx, {
        workspaceId,
        post,
        instant: new Date(instant),
        userId,
        now: clock.now(),
      }),
    );
    return postsService.findPost(workspaceId, post.id);
  }

  return {
    /** At a date and time on the workspace's wall clock (the one DST rule of src/core/time). */
    async schedulePost(
      workspaceId: string,
      postId: string,
      body: SchedulePostBody,
      userId: string | null = null,
    ): Promise<Post> {
      const { post, zone, needsApproval } = await load(workspaceId, postId);
      assertMayBeScheduled(post, needsApproval);
      return scheduleAt(workspaceId, post, resolveWallClock(body.date, body.time, zone), userId);
    },

    /** Another day, the same time of day on the workspace's clock (a calendar drag). */
    async movePost(
      workspaceId: string,
      postId: string,
      date: string,
      userId: string | null = null,
    ): Promise<Post> {
      const { post, zone } = await load(workspaceId, postId);
      if (!post.scheduledAt || post.status !== 'scheduled') throw conflict('post_not_scheduled');
      const time = getLocalWallClockTime(post.scheduledAt.toISOString(), zone);
      return scheduleAt(workspaceId, post, resolveWallClock(date, time, zone), userId);
    },

    /** "Add to queue": the next posting slot of one of the post's networks that holds no post. */
    async queuePost(workspaceId: string, postId: string, userId: string | null = null): Promise<Post> {
      const { post, zone, needsApproval } = await load(workspaceId, postId);
      assertMayBeScheduled(post, needsApproval);
      assertPublishable(post.text, versionsOf(post), await dependencies.textLimits(workspaceId));
      const slot = await findQueueSlot(workspaceId, post, zone);
      if (!slot) throw unprocessable('queue_without_slot', {}, ['versions']);
      return scheduleAt(workspaceId, post, slot.instant, userId);
    },

    /** Where "add to queue" would put the post now (null: no free slot), without placing it. */
    async findQueueSlot(workspaceId: string, postId: string, notBefore?: Date) {
      const { post, zone } = await load(workspaceId, postId);
      return findQueueSlot(workspaceId, post, zone, notBefore);
    },

    async unschedulePost(workspaceId: string, postId: string, userId: string | null = null): Promise<Post> {
      const { post } = await load(workspaceId, postId);
      if (post.status !== 'scheduled') throw conflict('post_not_scheduled');
      const now = clock.now();
      await runInTransaction(async (tx) => {
        await postsRepository.update(tx, workspaceId, postId, { status: 'draft', scheduledAt: null }, now);
        await postsRepository.setPendingVersionsStatus(tx, workspaceId, postId, 'pending');
        await dependencies.publicationPlanning.cancelPost(tx, workspaceId, postId);
        await dependencies.postEventsRepository.record(tx, {
          workspaceId,
          postId,
          userId,
          kind: 'unscheduled',
          at: now,
        });
      });
      return postsService.findPost(workspaceId, postId);
    },

    /** A person published it on the network themselves: the post's URL closes the reminder. */
    async markPublished(
      workspaceId: string,
      userId: string,
      postId: string,
      network: NetworkKey,
      url: string,
    ): Promise<Post> {
      const { post } = await load(workspaceId, postId);
      if (!post.versions.some((version) => version.network === network)) throw notFound();
      const now = clock.now();
      const isLast = post.versions.every(
        (version) => version.network === network || version.status === 'published',
      );
      await runInTransaction(async (tx) => {
        await postsRepository.markVersionPublished(tx, workspaceId, postId, network, {
          url,
          at: now,
          userId,
        });
        // A post published by hand never scheduled takes the moment it was marked as its time.
        const values = isLast ? { status: 'published' as const } : {};
        const when = post.scheduledAt ? {} : { scheduledAt: now };
        await postsRepository.update(tx, workspaceId, postId, { ...values, ...when }, now);
        await dependencies.postEventsRepository.record(tx, {
          workspaceId,
          postId,
          userId,
          kind: 'published',
          comment: url,
          at: now,
        });
      });
      if (isLast && post.ideaId)
        await dependencies.ideasRepository.update(workspaceId, post.ideaId, { status: 'used' }, now);
      return postsService.findPost(workspaceId, postId);
    },

    listDueByHand: (workspaceId: string) => findDueByHand(postsRepository, workspaceId, clock.now()),
  };
}

/**
 * The reminder's content: every by-hand version whose time has come, with the text to copy. Read
 * from the clock on each call; a reminder job (email, notification) can call exactly this.
 */
export async function findDueByHand(
  postsRepository: Pick<PostsRepository, 'listDueByHand'>,
  workspaceId: string,
  now: Date,
  postId?: string,
): Promise<DueByHand> {
  const rows = await postsRepository.listDueByHand(workspaceId, now, postId);
  return rows.flatMap((row) =>
    row.scheduledAt
      ? [
          {
            postId: row.postId,
            network: row.network as NetworkKey,
            text: row.versionText ?? row.text,
            link: row.link,
            scheduledAt: row.scheduledAt.toISOString(),
          },
        ]
      : [],
  );
}

export type SchedulePostService = ReturnType<typeof createSchedulePostService>;
