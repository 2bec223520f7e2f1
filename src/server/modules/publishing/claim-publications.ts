import type { PublishPublicationJob } from '../../../contracts/jobs.js';
import { isTooLate } from '../../../core/publishing/publication-outcome.js';
import type { Queryable } from '../../platform/db.js';
import type { TryContext } from './find-try-contexts.js';
import type { PublicationBatchesRepository } from './publication-batches.repository.js';
import type { PublicationRow } from './publications.repository.js';

/** A publication this try holds: its row as claimed, and what the try must do first. */
export type ClaimedPublication = {
  row: PublicationRow;
  context: TryContext;
  attemptNumber: number;
  /** An earlier call may have gone out (its answer never came): look it up before sending. */
  mustLookUp: boolean;
  isLate: boolean;
  /** The lease written by the claim: the try still holds the row while this is its lease. */
  leaseUntil: Date;
  claimedAt: Date;
};

export type ClaimResult = {
  claimed: ClaimedPublication[];
  /** Too late and nothing to look up: marked missed by the claim, to be told. */
  missed: { row: PublicationRow; postId: string }[];
};

/**
 * The claim of a batch, in one short transaction of a few statements whatever its size: the
 * publications whose moment has come are taken (one conditional UPDATE; a job whose row is not
 * ready, already out or held by another try gets nothing), a try interrupted mid-call is closed as
 * `unknown`, the late ones are marked missed, and every other one gets its attempt row, written
 * before any call. Nothing slow happens here: no image is fitted, no network called.
 */
export async function claimPublications(
  tx: Queryable,
  batches: PublicationBatchesRepository,
  payloads: readonly PublishPublicationJob[],
  now: Date,
  leaseSeconds: number,
): Promise<ClaimResult> {
  const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000);
  const rows = await batches.claim(tx, payloads, now, leaseUntil);
  if (rows.length === 0) return { claimed: [], missed: [] };
  const { contexts, lastAttempts } = await batches.findTryContexts(tx, rows);
  await batches.finishAttempts(
    tx,
    rows.flatMap((row) => {
      const last = lastAttempts.get(row.id);
      if (last?.outcome !== 'running') return [];
      return [
        {
          workspaceId: row.workspaceId,
          publicationId: row.id,
          number: last.number,
          outcome: 'unknown' as const,
          message: 'The worker stopped during this try.',
          finishedAt: now,
        },
      ];
    }),
  );
  const claimed: ClaimedPublication[] = [];
  const missed: ClaimResult['missed'] = [];
  for (const row of rows) {
    const context = contexts.get(row.id);
    // Its version is gone: the cascade deletes the publication too, so this cannot stay held.
    if (!context) continue;
    const last = lastAttempts.get(row.id);
    // A request is stored before its first call, so without one nothing can have gone out.
    const mustLookUp = Boolean(row.request) && (last?.outcome === 'running' || last?.outcome === 'unknown');
    const isLate = isTooLate(row.dueAt.getTime(), now.getTime(), context.latenessMinutes);
    if (isLate && !mustLookUp) missed.push({ row, postId: context.postId });
    else
      claimed.push({
        row,
        context,
        attemptNumber: (last?.number ?? 0) + 1,
        mustLookUp,
        isLate,
        leaseUntil,
        claimedAt: now,
      });
  }
  await batches.markMissed(
    tx,
    missed.map((item) => item.row),
    now,
  );
  await batches.insertAttempts(
    tx,
    claimed.map((item) => ({
      workspaceId: item.row.workspaceId,
      publicationId: item.row.id,
      number: item.attemptNumber,
      startedAt: now,
    })),
  );
  await batches.refreshVersionStatuses(tx, uniqueVersions(rows));
  return { claimed, missed };
}

export function uniqueVersions(rows: readonly Pick<PublicationRow, 'workspaceId' | 'postVersionId'>[]) {
  const seen = new Map<string, { workspaceId: string; postVersionId: string }>();
  for (const row of rows)
    seen.set(row.postVersionId, { workspaceId: row.workspaceId, postVersionId: row.postVersionId });
  return [...seen.values()];
}
