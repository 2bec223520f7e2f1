import type {
  EntryPostLinks,
  LinkableEntry,
  LinkEntryBody,
  PostEfforts,
} from '../../../contracts/post-efforts.js';
import { canEditTimeOf, type WorkspaceActor } from '../../../core/access/index.js';
import { checkEffortLink, minutesLeftOnEntry } from '../../../core/content/effort-links.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/problem.js';
import type { PostEffortsRepository } from './post-efforts.repository.js';

type Actor = WorkspaceActor & { workspaceId: string };

/** How far back the post editor's picker looks for the person's entries, and how many it shows. */
const linkableDays = 30;
const linkableLimit = 50;

/**
 * Effort linked by hand: a tracked entry (timer, manual, grid, import) given to posts, all of
 * its minutes or a part. Linking says what someone's time was for, so it follows the time rules:
 * members link their own entries, managers anyone's (`canEditTimeOf`); any post of the workspace.
 */
export function createPostEffortsService({
  postEffortsRepository,
  runInTransaction,
  clock,
}: {
  postEffortsRepository: PostEffortsRepository;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  async function entryLinks(
    workspaceId: string,
    entryMinutes: number,
    entryId: string,
  ): Promise<EntryPostLinks> {
    const links = await postEffortsRepository.listEntryLinks(workspaceId, entryId);
    return {
      entryMinutes,
      minutesLeft: minutesLeftOnEntry(
        entryMinutes,
        links.map((link) => link.minutes),
      ),
      links,
    };
  }

  return {
    async listPostEfforts(workspaceId: string, postId: string): Promise<PostEfforts> {
      if (!(await postEffortsRepository.postExists(workspaceId, postId))) throw notFound();
      return postEffortsRepository.listPostEfforts(workspaceId, postId);
    },

    async listLinkableEntries(actor: Actor, postId: string): Promise<LinkableEntry[]> {
      if (!(await postEffortsRepository.postExists(actor.workspaceId, postId))) throw notFound();
      const since = new Date(clock.now().getTime() - linkableDays * 86_400_000);
      return postEffortsRepository.listLinkableEntries(
        actor.workspaceId,
        actor.userId,
        postId,
        since,
        linkableLimit,
      );
    },

    async listEntryLinks(workspaceId: string, entryId: string): Promise<EntryPostLinks> {
      const entry = await postEffortsRepository.findEntry(workspaceId, entryId);
      if (!entry) throw notFound();
      return entryLinks(workspaceId, entry.minutes, entryId);
    },

    async linkEntry(actor: Actor, entryId: string, body: LinkEntryBody): Promise<EntryPostLinks> {
      const minutes = await runInTransaction(async (tx) => {
        const entry = await postEffortsRepository.lockEntry(tx, actor.workspaceId, entryId);
        if (!entry) throw notFound();
        if (!canEditTimeOf(actor, entry.userId)) throw forbidden();
        if (!(await postEffortsRepository.postExists(actor.workspaceId, body.postId, tx))) throw notFound();
        if (entry.isRunning) throw conflict('entry_running');
        const links = await postEffortsRepository.listEntryLinks(actor.workspaceId, entryId, tx);
        if (links.some((link) => link.postId === body.postId)) throw conflict('effort_link_exists');
        const check = checkEffortLink({
          entryMinutes: entry.minutes,
          linkedMinutes: links.map((link) => link.minutes),
          requested: body.minutes,
        });
        if (!check.ok)
          throw unprocessable(
            check.code,
            { minutesLeft: check.minutesLeft, entryMinutes: check.entryMinutes },
            ['minutes'],
          );
        const inserted = await postEffortsRepository.insertLink(tx, {
          workspaceId: actor.workspaceId,
          postId: body.postId,
          entryId,
          userId: entry.userId,
          minutes: check.minutes,
        });
        if (!inserted) throw conflict('effort_link_exists');
        return entry.minutes;
      });
      return entryLinks(actor.workspaceId, minutes, entryId);
    },

    async unlinkEntry(actor: Actor, entryId: string, postId: string): Promise<void> {
      const entry = await postEffortsRepository.findEntry(actor.workspaceId, entryId);
      if (!entry) throw notFound();
      if (!canEditTimeOf(actor, entry.userId)) throw forbidden();
      if (!(await postEffortsRepository.deleteLink(actor.workspaceId, entryId, postId))) throw notFound();
    },
  };
}

export type PostEffortsService = ReturnType<typeof createPostEffortsService>;
