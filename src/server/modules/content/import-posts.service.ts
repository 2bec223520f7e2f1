import type { ImportPostsBody, ImportPostsResult } from '../../../contracts/content.js';
import { type PostCsvRow, parsePostCsv } from '../../../core/content/parse-post-csv.js';
import { measurePostLength } from '../../../core/content/post-length.js';
import { resolveWallClock } from '../../../core/time/resolve-wall-clock.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { CadenceJobs } from '../../platform/job-queues.js';
import { notFound } from '../../platform/problem.js';
import { pickLocale, translateProblem } from '../../platform/problem-messages.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { type ContentReferences, networkLabel } from './content-references.js';
import type { PostEventsRepository } from './post-events.repository.js';
import type { PostsRepository } from './posts.repository.js';
import type { ScheduleWriter } from './schedule-writer.js';

type Checked = PostCsvRow & {
  instant: string | null;
  problem: { code: string; params: Record<string, string | number> } | null;
};

/**
 * Posts from a bulk CSV (Hootsuite's shape): a preview first, then the import of the rows that
 * can be scheduled — each on every network of the strategy, at its date and time in the
 * workspace's zone. Rows already imported are skipped, so importing a file twice is harmless.
 */
export function createImportPostsService({
  postsRepository,
  workspacesRepository,
  references,
  runInTransaction,
  clock,
  scheduleWriter,
  postEventsRepository,
  jobs,
}: {
  postsRepository: PostsRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  references: ContentReferences;
  runInTransaction: RunInTransaction;
  clock: Clock;
  scheduleWriter: ScheduleWriter;
  postEventsRepository: Pick<PostEventsRepository, 'record'>;
  jobs: Pick<CadenceJobs, 'start'>;
}) {
  async function check(workspaceId: string, body: ImportPostsBody) {
    const settings = await workspacesRepository.findSettings(workspaceId);
    if (!settings) throw notFound();
    const networks = (await references.listStrategyNetworks(workspaceId)).map((item) => item.network);
    const rows = parsePostCsv(body.text, body.dateOrder);
    const known = await postsRepository.findImportKeys(
      workspaceId,
      rows.map((row) => row.importKey),
    );
    const now = clock.now().getTime();
    const checked = rows.map((row): Checked => {
      if (row.error)
        return { ...row, instant: null, problem: { code: `import_row_${row.error}`, params: {} } };
      const instant = resolveWallClock(row.date, row.time, settings.timeZone);
      if (Date.parse(instant) <= now)
        return { ...row, instant, problem: { code: 'post_time_past', params: {} } };
      if (networks.length === 0)
        return { ...row, instant, problem: { code: 'post_without_network', params: {} } };
      for (const network of networks) {
        const length = measurePostLength(row.text, network);
        if (length.isOver && length.limit !== null)
          return {
            ...row,
            instant,
            problem: {
              code: 'post_too_long',
              params: { network: networkLabel(network), count: length.count, limit: length.limit },
            },
          };
      }
      return { ...row, instant, problem: null };
    });
    return { checked, known, networks, needsApproval: settings.postsNeedApproval };
  }

  function summarise(checked: Checked[], known: Set<string>, locale: string | undefined, imported: number) {
    const language = pickLocale(locale);
    const seen = new Set<string>();
    const rows = checked.map((row) => {
      // The same row twice in one file is a duplicate too.
      const isDuplicate = known.has(row.importKey) || seen.has(row.importKey);
      seen.add(row.importKey);
      const status = row.problem
        ? ('error' as const)
        : isDuplicate
          ? ('duplicate' as const)
          : ('ready' as const);
      return {
        line: row.line,
        date: row.date,
        time: row.time,
        text: row.text,
        link: row.link,
        status,
        message: row.problem ? translateProblem(language, row.problem.code, row.problem.params).detail : null,
      };
    });
    const count = (status: string) => rows.filter((row) => row.status === status).length;
    return { rows, ready: count('ready'), duplicates: count('duplicate'), errors: count('error'), imported };
  }

  return {
    async previewImport(
      workspaceId: string,
      body: ImportPostsBody,
      locale?: string,
    ): Promise<ImportPostsResult> {
      const { checked, known } = await check(workspaceId, body);
      return summarise(checked, known, locale, 0);
    },

    async importPosts(
      workspaceId: string,
      userId: string,
      body: ImportPostsBody,
      locale?: string,
    ): Promise<ImportPostsResult> {
      const { checked, known, networks, needsApproval } = await check(workspaceId, body);
      const seen = new Set(known);
      const toImport = checked.filter((row) => {
        if (row.problem || seen.has(row.importKey)) return false;
        seen.add(row.importKey);
        return true;
      });
      // pg-boss must be up before the transaction: on PGlite it shares the one connection.
      await jobs.start();
      const imported = await runInTransaction(async (tx) => {
        let created = 0;
        const now = clock.now();
        for (const row of toImport) {
          const scheduledAt = new Date(row.instant ?? '');
          // Where posts need approval, the row's time is proposed to the client, not scheduled.
          const post = await postsRepository.insertImported(tx, workspaceId, {
            text: row.text,
            link: row.link,
            status: needsApproval ? 'awaiting_approval' : 'draft',
            scheduledAt,
            authorUserId: userId,
            importKey: row.importKey,
          });
          if (!post) continue; // imported meanwhile by someone else
          await postsRepository.replaceVersions(
            tx,
            workspaceId,
            post.id,
            networks.map((network) => ({ network, text: null })),
            'pending',
          );
          const event = { workspaceId, postId: post.id, userId, at: now };
          await postEventsRepository.record(tx, { ...event, kind: 'created' });
          if (needsApproval) await postEventsRepository.record(tx, { ...event, kind: 'sent_for_approval' });
          else {
            const stored = await postsRepository.find(workspaceId, post.id, tx);
            if (stored)
              await scheduleWriter.writeSchedule(tx, {
                workspaceId,
                post: stored,
                instant: scheduledAt,
                userId,
                now,
              });
          }
          created += 1;
        }
        return created;
      });
      return summarise(checked, known, locale, imported);
    },
  };
}

export type ImportPostsService = ReturnType<typeof createImportPostsService>;
