import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Category } from '../../../contracts/budget.js';
import {
  type CommitImportBody,
  type ImportBatch,
  type ImportIssueView,
  type ImportMappingBody,
  type ImportPreview,
  type ImportPreviewBody,
  type ImportResult,
  maxListedImportIssues,
  trackedYears,
} from '../../../contracts/tracking.js';
import { canEditTimeOf, canUndoImport } from '../../../core/access/index.js';
import { applyImportMapping, SKIP_IMPORT } from '../../../core/imports/apply-import-mapping.js';
import type { ImportedRow } from '../../../core/imports/imported-row.js';
import { summariseImport } from '../../../core/imports/summarise-import.js';
import {
  createTrackerCsvParser,
  type TrackerCsvOptions,
  type TrackerCsvSuccess,
} from '../../../core/imports/tracker-csv-parser.js';
import { FUTURE_TOLERANCE_SECONDS } from '../../../core/tracking/entry-interval.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { forbidden, notFound, unprocessable } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { namesOf, normaliseLabel } from './category-labels.js';
import type { ImportBatchesRepository } from './import-batches.repository.js';
import type { EntryActor } from './time-entries.service.js';
import { maxEntryDays } from './tracking.table.js';
import { fieldProblem, memberUnknown } from './tracking-problems.js';
import { findWorkspaceTime } from './workspace-time.js';

/** `rejected`: readable rows Cadence cannot keep (longer than any entry, or out of range). */
type ParsedFile = TrackerCsvSuccess & { rejected: ImportIssueView[] };

const byLine = (left: { line: number }, right: { line: number }) => left.line - right.line;
const listIssues = (issues: readonly ImportIssueView[]) =>
  [...issues].sort(byLine).slice(0, maxListedImportIssues);

/**
 * Reads a tracker export with the core parser, in the workspace's zone (exports carry local times
 * without offsets). Rows Cadence cannot keep become row errors, among them rows that end after
 * `now` (with the same tolerance as a typed entry): time not yet spent is not time tracked.
 */
async function parseFile(
  text: string,
  timeZone: string,
  dateFormat: ImportPreviewBody['dateFormat'],
  now: Date,
): Promise<ParsedFile> {
  const latestEndMs = now.getTime() + FUTURE_TOLERANCE_SECONDS * 1000;
  const parsed = await parseInSlices(text, { zone: timeZone, ...(dateFormat ? { dateFormat } : {}) });
  if (!parsed.ok) throw unprocessable(`import_${parsed.error.code}`, parsed.error.params);
  const maxSeconds = maxEntryDays * 86_400;
  const rejected: ImportIssueView[] = [];
  const rows: ImportedRow[] = [];
  const isTracked = (instant: string) => {
    const year = Number(instant.slice(0, 4));
    return year >= trackedYears.from && year <= trackedYears.to;
  };
  for (const row of parsed.rows) {
    if (!isTracked(row.startUtc) || !isTracked(row.endUtc))
      rejected.push({
        line: row.line,
        code: 'out_of_range',
        message: `The entry is not between ${trackedYears.from} and ${trackedYears.to}.`,
        params: { from: trackedYears.from, to: trackedYears.to },
      });
    else if (row.durationSeconds > maxSeconds)
      rejected.push({
        line: row.line,
        code: 'too_long',
        message: `The entry lasts more than ${maxEntryDays} days.`,
        params: { maxDays: maxEntryDays },
      });
    else if (Date.parse(row.endUtc) > latestEndMs)
      rejected.push({
        line: row.line,
        code: 'in_future',
        message: 'The entry ends in the future.',
        params: {},
      });
    else rows.push(row);
  }
  return { ...parsed, rows, rejected };
}

/**
 * Characters parsed before letting other requests run: ~20-30 ms of work on these machines. A
 * 100,000-row file (14 MB) parsed in one go held the event loop for over a second.
 */
const parseSliceLength = 256 * 1024;

async function parseInSlices(text: string, options: TrackerCsvOptions) {
  const parser = createTrackerCsvParser(options);
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(offset + parseSliceLength, text.length);
    // Never between the two halves of a surrogate pair (an emoji in a description).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parser.push(text.slice(offset, end));
    offset = end;
    await yieldToEventLoop();
  }
  return parser.finish();
}

/** Projects and tags named like a category ("Veille", "Stratégie"), to pre-fill the mapping form. */
function suggestMapping(parsed: ParsedFile, categories: readonly Category[]): ImportMappingBody {
  const byName = new Map<string, string>();
  for (const category of categories.filter((candidate) => !candidate.isArchived))
    for (const name of namesOf(category)) if (!byName.has(name)) byName.set(name, category.id);
  const match = (values: { name: string }[]) =>
    Object.fromEntries(
      values.flatMap((value) => {
        const categoryId = byName.get(normaliseLabel(value.name));
        return categoryId ? [[value.name, categoryId]] : [];
      }),
    );
  return {
    byProject: match(parsed.distinct.projects),
    byTag: match(parsed.distinct.tags),
    fallbackCategoryId: null,
  };
}

export function createImportTimeEntriesService({
  importBatchesRepository,
  categoriesRepository,
  membersRepository,
  workspacesRepository,
  runInTransaction,
  clock,
}: {
  importBatchesRepository: ImportBatchesRepository;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
  membersRepository: Pick<MembersRepository, 'find'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  /** Maps rows to categories; every category named must be one of this workspace's. */
  function mapRows(parsed: ParsedFile, mapping: ImportMappingBody, categories: readonly Category[]) {
    const known = new Set(categories.map((category) => category.id));
    const targets = [
      ...Object.values(mapping.byProject),
      ...Object.values(mapping.byTag),
      mapping.fallbackCategoryId,
    ];
    if (targets.some((target) => target !== null && target !== SKIP_IMPORT && !known.has(target)))
      throw fieldProblem('category_unknown', 'mapping');
    return applyImportMapping(parsed.rows, mapping);
  }

  async function read(workspaceId: string, body: ImportPreviewBody) {
    const [{ timeZone }, categories] = await Promise.all([
      findWorkspaceTime(workspacesRepository, workspaceId),
      categoriesRepository.list(workspaceId, { includeArchived: true }),
    ]);
    const parsed = await parseFile(body.text, timeZone, body.dateFormat, clock.now());
    const existingHashes = await importBatchesRepository.findExistingHashes(
      workspaceId,
      parsed.rows.map((row) => row.sourceHash),
    );
    return { timeZone, categories, parsed, existingHashes };
  }

  return {
    /** The dry run: nothing is written. Stateless: the commit sends the file again. */
    async previewImport(workspaceId: string, body: ImportPreviewBody): Promise<ImportPreview> {
      const { timeZone, categories, parsed, existingHashes } = await read(workspaceId, body);
      const mapped = body.mapping ? mapRows(parsed, body.mapping, categories) : null;
      const errors = [...parsed.errors, ...parsed.rejected, ...(mapped?.errors ?? [])];
      const summary = summariseImport(mapped?.rows ?? parsed.rows, errors, {
        existingHashes,
        zone: timeZone,
      });
      return {
        format: parsed.format,
        delimiter: parsed.delimiter,
        dateFormat: parsed.dateFormat,
        rowCount: parsed.rows.length,
        distinct: parsed.distinct,
        errors: listIssues(errors),
        errorCount: errors.length,
        warnings: listIssues(parsed.warnings),
        warningCount: parsed.warnings.length,
        summary: { ...summary, skipped: mapped?.skipped.length ?? 0 },
        suggestedMapping: suggestMapping(parsed, categories),
      };
    },

    /**
     * Writes the mapped rows in ONE transaction (all or nothing), skipping rows already imported.
     * Unreadable rows are reported and left out; unmapped rows refuse the whole import, since
     * guessing their category would misreport where the time went.
     */
    async commitImport(actor: EntryActor, body: CommitImportBody): Promise<ImportResult> {
      const memberId = body.userId ?? actor.userId;
      if (!canEditTimeOf(actor, memberId)) throw forbidden();
      if (memberId !== actor.userId && !(await membersRepository.find(actor.workspaceId, memberId)))
        throw memberUnknown();
      const { categories, parsed, existingHashes } = await read(actor.workspaceId, body);
      const mapped = mapRows(parsed, body.mapping, categories);
      if (mapped.errors.length > 0)
        throw fieldProblem('import_unmapped', 'mapping', { count: mapped.errors.length });
      const fresh = mapped.rows.filter((mappedRow) => !existingHashes.has(mappedRow.row.sourceHash));
      const errors = [...parsed.errors, ...parsed.rejected];
      const counts = {
        totalRows: parsed.rows.length + errors.length,
        duplicateRows: mapped.rows.length - fresh.length,
        skippedRows: mapped.skipped.length,
        errorRows: errors.length,
      };
      const result = {
        duplicates: counts.duplicateRows,
        skipped: counts.skippedRows,
        errorCount: errors.length,
        errors: listIssues(errors),
      };
      if (fresh.length === 0) return { ...result, batch: null, inserted: 0 };

      const written = await runInTransaction(async (tx) => {
        const batchId = await importBatchesRepository.insertBatch(tx, {
          workspaceId: actor.workspaceId,
          userId: actor.userId,
          format: parsed.format,
          fileName: body.fileName,
        });
        const inserted = await importBatchesRepository.insertEntries(
          tx,
          { workspaceId: actor.workspaceId, userId: memberId, batchId },
          fresh.map(({ row, categoryId }) => ({
            categoryId,
            note: row.description.trim() === '' ? (row.task ?? '') : row.description,
            startedAt: row.startUtc,
            endedAt: row.endUtc,
            sourceHash: row.sourceHash,
          })),
        );
        // Another import of the same file may have won the race: then nothing is new.
        if (inserted === 0) {
          await importBatchesRepository.deleteBatch(tx, actor.workspaceId, batchId);
          return { batchId: null, inserted };
        }
        await importBatchesRepository.saveCounts(tx, actor.workspaceId, batchId, {
          ...counts,
          importedRows: inserted,
          duplicateRows: counts.duplicateRows + fresh.length - inserted,
        });
        return { batchId, inserted };
      });
      const batch =
        written.batchId && (await importBatchesRepository.find(actor.workspaceId, written.batchId));
      return {
        ...result,
        duplicates: result.duplicates + fresh.length - written.inserted,
        batch: batch || null,
        inserted: written.inserted,
      };
    },

    listImports: (workspaceId: string): Promise<ImportBatch[]> => importBatchesRepository.list(workspaceId),

    /** Undo: the batch's entries are deleted; the batch stays listed as undone. */
    async undoImport(actor: EntryActor, batchId: string): Promise<void> {
      const batch = await importBatchesRepository.find(actor.workspaceId, batchId);
      if (!batch) throw notFound();
      if (!canUndoImport(actor, batch.userId)) throw forbidden();
      if (batch.status === 'undone') return;
      await runInTransaction((tx) =>
        importBatchesRepository.undo(tx, actor.workspaceId, batchId, clock.now()),
      );
    },
  };
}

export type ImportTimeEntriesService = ReturnType<typeof createImportTimeEntriesService>;
