import type { Category } from '../../../contracts/budget.js';
import type {
  CommitImportBody,
  ImportBatch,
  ImportIssueView,
  ImportMappingBody,
  ImportPreview,
  ImportPreviewBody,
  ImportResult,
} from '../../../contracts/tracking.js';
import { maxListedImportIssues } from '../../../contracts/tracking.js';
import { canEditTimeOf, canUndoImport } from '../../../core/access/index.js';
import { applyImportMapping, SKIP_IMPORT } from '../../../core/imports/apply-import-mapping.js';
import type { ImportedRow } from '../../../core/imports/imported-row.js';
import { summariseImport } from '../../../core/imports/summarise-import.js';
import type { TrackerFormat } from '../../../core/imports/tracker-formats.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { namesOf, normaliseLabel } from './category-labels.js';
import type { EntryWriter, ImportBatchesRepository, ImportedEntry } from './import-batches.repository.js';
import { DateFormatOverturned, type ParsedFile, readTrackerFile } from './read-tracker-file.js';
import type { EntryActor } from './time-entries.service.js';
import { fieldProblem, memberUnknown } from './tracking-problems.js';
import { findWorkspaceTime } from './workspace-time.js';

const byLine = (left: { line: number }, right: { line: number }) => left.line - right.line;
const listIssues = (issues: readonly ImportIssueView[]) =>
  [...issues].sort(byLine).slice(0, maxListedImportIssues);

/**
 * Maps rows to categories as they are read, counting what the commit reports, and turns the
 * mapped ones into the entries to write.
 */
function createMappingTally(mapping: ImportMappingBody) {
  const tally = {
    mappedRows: 0,
    skippedRows: 0,
    /** Rows no mapping places (or whose tags disagree): they refuse the whole import. */
    unmappedRows: 0,
    map(rows: readonly ImportedRow[]): ImportedEntry[] {
      const mapped = applyImportMapping(rows, mapping);
      tally.mappedRows += mapped.rows.length;
      tally.skippedRows += mapped.skipped.length;
      tally.unmappedRows += mapped.errors.length;
      return mapped.rows.map(({ row, categoryId }) => ({
        categoryId,
        note: row.description.trim() === '' ? (row.task ?? '') : row.description,
        startedAt: row.startUtc,
        endedAt: row.endUtc,
        sourceHash: row.sourceHash,
      }));
    },
  };
  return tally;
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

/**
 * Rows per INSERT when writing while reading: small enough that the server inserts one chunk while
 * this process parses the next rows (a 5,000-row file still makes five statements), large enough
 * that a statement's own cost stays small beside its rows.
 */
const rowsPerStatementWhileReading = 1000;

export function createImportTimeEntriesService({
  importBatchesRepository,
  categoriesRepository,
  membersRepository,
  workspacesRepository,
  runInTransaction,
  clock,
  writesWhileReading,
}: {
  importBatchesRepository: ImportBatchesRepository;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
  membersRepository: Pick<MembersRepository, 'find'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  runInTransaction: RunInTransaction;
  clock: Clock;
  /**
   * True on PostgreSQL: the commit's transaction is opened first and the rows are written as the
   * file is read, so that the server (another process) inserts while this one parses. On PGlite,
   * which runs statements on this thread, nothing would overlap, and the transaction, which makes
   * every other request's query wait, would be held while the file is parsed too: the file is read
   * first, then written.
   */
  writesWhileReading: boolean;
}) {
  /** Every category the mapping names must be one of this workspace's. */
  function checkMappingTargets(mapping: ImportMappingBody, categories: readonly Category[]) {
    const known = new Set(categories.map((category) => category.id));
    const targets = [
      ...Object.values(mapping.byProject),
      ...Object.values(mapping.byTag),
      mapping.fallbackCategoryId,
    ];
    if (targets.some((target) => target !== null && target !== SKIP_IMPORT && !known.has(target)))
      throw fieldProblem('category_unknown', 'mapping');
  }

  async function readWorkspace(workspaceId: string) {
    const [{ timeZone }, categories] = await Promise.all([
      findWorkspaceTime(workspacesRepository, workspaceId),
      categoriesRepository.list(workspaceId, { includeArchived: true }),
    ]);
    return { timeZone, categories };
  }

  /** The batch and its entries, the batch written with the first entries (none: no batch). */
  function openBatchOutput(
    tx: Queryable,
    {
      actor,
      memberId,
      fileName,
      rowsPerStatement,
    }: { actor: EntryActor; memberId: string; fileName: string; rowsPerStatement?: number | undefined },
  ) {
    let opened: { batchId: string; writer: EntryWriter } | null = null;
    return {
      get batchId() {
        return opened?.batchId ?? null;
      },
      async write(entries: readonly ImportedEntry[], format: TrackerFormat) {
        if (entries.length === 0) return;
        if (opened === null) {
          const batchId = await importBatchesRepository.insertBatch(tx, {
            workspaceId: actor.workspaceId,
            userId: actor.userId,
            format,
            fileName,
          });
          const scope = { workspaceId: actor.workspaceId, userId: memberId, batchId };
          const writer = importBatchesRepository.createEntryWriter(tx, scope, {
            rowsPerStatement,
          });
          opened = { batchId, writer };
        }
        await opened.writer.write(entries);
      },
      finish: async () => (opened ? opened.writer.finish() : 0),
      abandon: async () => opened?.writer.abandon(),
    };
  }

  const unmapped = (count: number) => fieldProblem('import_unmapped', 'mapping', { count });

  /**
   * Reads and writes the file in ONE transaction (all or nothing). Rows already imported are left
   * out by the insert itself (`on conflict do nothing`), which also settles a concurrent import of
   * the same file. Unreadable rows are reported and left out; unmapped rows refuse the whole
   * import, since guessing their category would misreport where the time went.
   */
  async function importFile(
    actor: EntryActor,
    memberId: string,
    body: CommitImportBody,
    reading: Parameters<typeof readTrackerFile>[1],
  ): Promise<ImportResult> {
    const tally = createMappingTally(body.mapping);
    // A workspace that imported before may get many of the same rows again (overlapping exports):
    // those are looked up once and never sent, rather than written while reading to be refused
    // one by one by the unique index (measured 2-3x slower for a whole file imported again).
    const writesNow =
      writesWhileReading && !(await importBatchesRepository.hasImportedEntries(actor.workspaceId));
    let parsed: ParsedFile | null = null;
    let entries: ImportedEntry[] = [];
    if (!writesNow) {
      parsed = await readTrackerFile(body.text, reading);
      const existingHashes = await importBatchesRepository.findExistingHashes(
        actor.workspaceId,
        parsed.rows.map((row) => row.sourceHash),
      );
      entries = tally.map(parsed.rows).filter((entry) => !existingHashes.has(entry.sourceHash));
      if (tally.unmappedRows > 0) throw unmapped(tally.unmappedRows);
    }
    const written = await runInTransaction(async (tx) => {
      const output = openBatchOutput(tx, {
        actor,
        memberId,
        fileName: body.fileName,
        rowsPerStatement: writesNow ? rowsPerStatementWhileReading : undefined,
      });
      let file: ParsedFile;
      try {
        file =
          parsed ??
          (await readTrackerFile(body.text, reading, async (rows, format) => {
            const mapped = tally.map(rows);
            if (tally.unmappedRows === 0) await output.write(mapped, format);
          }));
        if (tally.unmappedRows > 0) throw unmapped(tally.unmappedRows);
        if (parsed) await output.write(entries, parsed.format);
      } catch (error) {
        await output.abandon();
        throw error;
      }
      const inserted = await output.finish();
      const errors = [...file.errors, ...file.rejected];
      const { batchId } = output;
      if (batchId === null) return { batchId, inserted, errors };
      // Every row was already there (or another import of the same file won the race).
      if (inserted === 0) {
        await importBatchesRepository.deleteBatch(tx, actor.workspaceId, batchId);
        return { batchId: null, inserted, errors };
      }
      await importBatchesRepository.saveCounts(tx, actor.workspaceId, batchId, {
        totalRows: file.rows.length + errors.length,
        importedRows: inserted,
        duplicateRows: tally.mappedRows - inserted,
        skippedRows: tally.skippedRows,
        errorRows: errors.length,
      });
      return { batchId, inserted, errors };
    });
    const batch = written.batchId && (await importBatchesRepository.find(actor.workspaceId, written.batchId));
    return {
      duplicates: tally.mappedRows - written.inserted,
      skipped: tally.skippedRows,
      errorCount: written.errors.length,
      errors: listIssues(written.errors),
      batch: batch || null,
      inserted: written.inserted,
    };
  }

  return {
    /** The dry run: nothing is written. Stateless: the commit sends the file again. */
    async previewImport(workspaceId: string, body: ImportPreviewBody): Promise<ImportPreview> {
      const { timeZone, categories } = await readWorkspace(workspaceId);
      const parsed = await readTrackerFile(body.text, {
        zone: timeZone,
        dateFormat: body.dateFormat,
        now: clock.now(),
      });
      const existingHashes = await importBatchesRepository.findExistingHashes(
        workspaceId,
        parsed.rows.map((row) => row.sourceHash),
      );
      if (body.mapping) checkMappingTargets(body.mapping, categories);
      const mapped = body.mapping ? applyImportMapping(parsed.rows, body.mapping) : null;
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

    /** Writes the mapped rows, all or nothing (see `importFile`). */
    async commitImport(actor: EntryActor, body: CommitImportBody): Promise<ImportResult> {
      const memberId = body.userId ?? actor.userId;
      if (!canEditTimeOf(actor, memberId)) throw forbidden();
      if (memberId !== actor.userId && !(await membersRepository.find(actor.workspaceId, memberId)))
        throw memberUnknown();
      const { timeZone, categories } = await readWorkspace(actor.workspaceId);
      checkMappingTargets(body.mapping, categories);
      const reading = { zone: timeZone, dateFormat: body.dateFormat, now: clock.now() };
      try {
        return await importFile(actor, memberId, body, reading);
      } catch (error) {
        // Rows written while reading took the wrong date format: rolled back, read again with the right one.
        if (!(error instanceof DateFormatOverturned)) throw error;
        return importFile(actor, memberId, body, { ...reading, dateFormat: error.format });
      }
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
