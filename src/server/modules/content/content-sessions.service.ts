import type { BatchPostBody, BatchPostResult, ContentSession } from '../../../contracts/content-work.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { batchWeekStart } from '../../../core/content/batch-plan.js';
import { minutesOfSeconds, shareOut } from '../../../core/content/share-effort.js';
import { dayBounds, getLocalDate, getLocalWallClockTime } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { conflict, notFound } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { ContentSessionRow, ContentSessionsRepository } from './content-sessions.repository.js';
import type { PostApprovalService } from './post-approval.service.js';
import type { PostsService } from './posts.service.js';
import type { SchedulePostService } from './schedule-post.service.js';

export type SessionActor = { workspaceId: string; userId: string };

/** The person's timer as content work sees it (tracking implements it: content-timer-link.ts). */
export type ContentWorkTimer = {
  /** Starts the timer on the routine's content block of the day, else the content category. */
  start(actor: SessionActor, note: string): Promise<{ timeEntryId: string | null }>;
  /** The seconds the entry lasted, stopping it when it still runs. */
  finish(actor: SessionActor, timeEntryId: string): Promise<number>;
  isRunning(actor: SessionActor, timeEntryId: string): Promise<boolean>;
};

/**
 * Timed content work: a batch session (posts written one after another, each dropped into the
 * next free slot of its networks) or a timer on one post. Ending it stops its timer and shares
 * the minutes out over its posts, whole minutes adding up to the total (src/core/content).
 */
export function createContentSessionsService(dependencies: {
  contentSessionsRepository: ContentSessionsRepository;
  postsService: Pick<PostsService, 'createPost' | 'findPost'>;
  schedulePostService: Pick<SchedulePostService, 'schedulePost' | 'findQueueSlot'>;
  postApprovalService: Pick<PostApprovalService, 'sendForApproval'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  workTimer: ContentWorkTimer;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  const { contentSessionsRepository: sessions, workTimer, runInTransaction, clock } = dependencies;

  async function toView(actor: SessionActor, row: ContentSessionRow): Promise<ContentSession> {
    const posts = await sessions.listPosts(actor.workspaceId, row.id);
    return {
      id: row.id,
      postId: row.postId,
      startedAt: row.startedAt.toISOString(),
      endedAt: row.endedAt?.toISOString() ?? null,
      minutes: row.minutes,
      isTimerRunning:
        row.endedAt === null &&
        row.timeEntryId !== null &&
        (await workTimer.isRunning(actor, row.timeEntryId)),
      posts: posts.map((post) => ({
        postId: post.postId,
        text: post.text,
        status: post.status,
        scheduledAt: post.scheduledAt?.toISOString() ?? null,
        networks: post.networks as NetworkKey[],
        minutes: post.minutes,
      })),
    };
  }

  async function end(actor: SessionActor, row: ContentSessionRow): Promise<void> {
    const seconds = row.timeEntryId ? await workTimer.finish(actor, row.timeEntryId) : 0;
    const minutes = minutesOfSeconds(seconds);
    const posts = await sessions.listPosts(actor.workspaceId, row.id);
    const shares = shareOut(minutes, posts.length);
    await runInTransaction((tx) =>
      sessions.end(tx, {
        workspaceId: actor.workspaceId,
        sessionId: row.id,
        endedAt: clock.now(),
        minutes,
        shares: posts.map((post, index) => ({ postId: post.postId, minutes: shares[index] ?? 0 })),
      }),
    );
  }

  async function findOpenOwn(actor: SessionActor, sessionId: string) {
    const row = await sessions.findOwn(actor.workspaceId, actor.userId, sessionId);
    if (!row) throw notFound();
    if (row.endedAt) throw conflict('content_session_ended');
    return row;
  }

  return {
    async current(actor: SessionActor): Promise<ContentSession | null> {
      const row = await sessions.findOpen(actor.workspaceId, actor.userId);
      return row && toView(actor, row);
    },

    /** Starts a session (ending the person's open one first) and its timer. */
    async start(actor: SessionActor, postId: string | null): Promise<ContentSession> {
      if (postId) await dependencies.postsService.findPost(actor.workspaceId, postId);
      const open = await sessions.findOpen(actor.workspaceId, actor.userId);
      if (open) await end(actor, open);
      const { timeEntryId } = await workTimer.start(actor, '');
      const row = await runInTransaction(async (tx) => {
        const inserted = await sessions.insert(tx, {
          workspaceId: actor.workspaceId,
          userId: actor.userId,
          postId,
          timeEntryId,
          startedAt: clock.now(),
        });
        if (postId)
          await sessions.enrolPost(tx, { ...actor, sessionId: inserted.id, postId, source: 'post_timer' });
        return inserted;
      });
      return toView(actor, row);
    },

    /** Ends the session: its timer stops and its minutes go to its posts. */
    async stop(actor: SessionActor, sessionId: string): Promise<ContentSession> {
      const row = await sessions.findOwn(actor.workspaceId, actor.userId, sessionId);
      if (!row) throw notFound();
      // A second stop (another tab) shows what the first shared out.
      if (!row.endedAt) await end(actor, row);
      const ended = await sessions.findOwn(actor.workspaceId, actor.userId, sessionId);
      if (!ended) throw notFound();
      return toView(actor, ended);
    },

    /**
     * The fast composer: a post written in the session, dropped into the next free slot of its
     * networks. Where posts need approval it goes to the client with that slot as its proposed
     * time instead; with no free slot it stays ready, without a time.
     */
    async writePost(actor: SessionActor, sessionId: string, body: BatchPostBody): Promise<BatchPostResult> {
      const session = await findOpenOwn(actor, sessionId);
      if (session.postId) throw conflict('content_session_ended');
      const created = await dependencies.postsService.createPost(actor.workspaceId, actor.userId, {
        text: body.text,
        link: body.link,
        pillarId: body.pillarId,
        personaId: null,
        mediaIds: [],
        ideaId: body.ideaId,
        status: 'ready',
        versions: body.networks.map((network) => ({
          network,
          text: null,
          mediaIds: null,
          thread: [],
          accountIds: null,
        })),
      });
      await runInTransaction((tx) =>
        sessions.enrolPost(tx, { ...actor, sessionId, postId: created.id, source: 'batch_session' }),
      );
      const settings = await dependencies.workspacesRepository.findSettings(actor.workspaceId);
      if (!settings) throw notFound();
      // The session writes for its week: slots from that week's Monday on (or from now).
      const today = getLocalDate(clock.now().toISOString(), settings.timeZone);
      const weekStart = new Date(dayBounds(batchWeekStart(today), settings.timeZone).start);
      const slot = await dependencies.schedulePostService.findQueueSlot(
        actor.workspaceId,
        created.id,
        weekStart,
      );
      if (!slot) return { post: created, slot: null };
      const at = {
        date: getLocalDate(slot.instant, settings.timeZone),
        time: getLocalWallClockTime(slot.instant, settings.timeZone),
      };
      const post = settings.postsNeedApproval
        ? await dependencies.postApprovalService.sendForApproval(actor, created.id, { at })
        : await dependencies.schedulePostService.schedulePost(
            actor.workspaceId,
            created.id,
            at,
            actor.userId,
          );
      return { post, slot: post.scheduledAt };
    },
  };
}

export type ContentSessionsService = ReturnType<typeof createContentSessionsService>;
