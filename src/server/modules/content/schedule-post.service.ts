import type { DueByHand, Post, SchedulePostBody } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { findNextFreeSlot } from '../../../core/content/posting-slots.js';
import { resolveWallClock } from '../../../core/time/resolve-wall-clock.js';
import { getLocalWallClockTime } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { conflict, notFound, unprocessable } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { IdeasRepository } from './ideas.repository.js';
import type { PostingSlotsRepository } from './posting-slots.repository.js';
import type { PostsRepository, PostWithVersions } from './posts.repository.js';
import type { PostsService } from './posts.service.js';
import type { PublicationPlanning } from './publication-planning.js';
import { assertPublishable, type TextLimitsLookup } from './schedule-rules.js';

export type SchedulePostDependencies = {
  postsRepository: PostsRepository;
  ideasRepository: Pick<IdeasRepository, 'update'>;
  postingSlotsRepository: Pick<PostingSlotsRepository, 'list'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  postsService: Pick<PostsService, 'findPost'>;
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
    return { post, zone: settings.timeZone };
  }

  async function scheduleAt(workspaceId: string, post: PostWithVersions, instant: string): Promise<Post> {
    if (post.status === 'published') throw conflict('post_already_published');
    assertPublishable(post.text, versionsOf(post), await dependencies.textLimits(workspaceId));
    if (Date.parse(instant) <= clock.now().getTime()) throw unprocessable('post_time_past', {}, ['date']);
    await runInTransaction(async (tx) => {
      await postsRepository.update(
        tx,
        workspaceId,
        post.id,
        { status: 'scheduled', scheduledAt: new Date(instant) },
        clock.now(),
      );
      await postsRepository.setPendingVersionsStatus(tx, workspaceId, post.id, 'scheduled');
      await dependencies.publicationPlanning.planPost(tx, workspaceId, post.id, 'scheduled');
    });
    return postsService.findPost(workspaceId, post.id);
  }

  return {
    /** At a date and time on the workspace's wall clock (the one DST rule of src/core/time). */
    async schedulePost(workspaceId: string, postId: string, body: SchedulePostBody): Promise<Post> {
      const { post, zone } = await load(workspaceId, postId);
      return scheduleAt(workspaceId, post, resolveWallClock(body.date, body.time, zone));
    },

    /** Another day, the same time of day on the workspace's clock (a calendar drag). */
    async movePost(workspaceId: string, postId: string, date: string): Promise<Post> {
      const { post, zone } = await load(workspaceId, postId);
      if (!post.scheduledAt || post.status !== 'scheduled') throw conflict('post_not_scheduled');
      const time = getLocalWallClockTime(post.scheduledAt.toISOString(), zone);
      return scheduleAt(workspaceId, post, resolveWallClock(date, time, zone));
    },

    /** "Add to queue": the next posting slot of one of the post's networks that holds no post. */
    async queuePost(workspaceId: string, postId: string): Promise<Post> {
      const { post, zone } = await load(workspaceId, postId);
      const now = clock.now();
      const networks = versionsOf(post).map((version) => version.network);
      assertPublishable(post.text, versionsOf(post), await dependencies.textLimits(workspaceId));
      const slot = findNextFreeSlot({
        slots: await dependencies.postingSlotsRepository.list(workspaceId),
        zone,
        now: now.toISOString(),
        networks,
        taken: await postsRepository.listTakenInstants(workspaceId, now, post.id),
      });
      if (!slot) throw unprocessable('queue_without_slot', {}, ['versions']);
      return scheduleAt(workspaceId, post, slot.instant);
    },

    async unschedulePost(workspaceId: string, postId: string): Promise<Post> {
      const { post } = await load(workspaceId, postId);
      if (post.status !== 'scheduled') throw conflict('post_not_scheduled');
      await runInTransaction(async (tx) => {
        await postsRepository.update(
          tx,
          workspaceId,
          postId,
          { status: 'draft', scheduledAt: null },
          clock.now(),
        );
        await postsRepository.setPendingVersionsStatus(tx, workspaceId, postId, 'pending');
        await dependencies.publicationPlanning.cancelPost(tx, workspaceId, postId);
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
): Promise<DueByHand> {
  const rows = await postsRepository.listDueByHand(workspaceId, now);
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
