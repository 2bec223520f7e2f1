import type {
  ResultsImportCommitBody,
  ResultsImportMappingBody,
  ResultsImportPreview,
  ResultsImportPreviewBody,
  ResultsImportResult,
} from '../../../contracts/results-imports.js';
import { resultsImportMappingSchema } from '../../../contracts/results-imports.js';
import { maxListedImportIssues } from '../../../contracts/tracking-imports.js';
import { engagementOf } from '../../../core/results/engagement.js';
import {
  fitMapping,
  type ImportedOutcome,
  type ImportedPostFigures,
  matchImportedPost,
  parseMetricExport,
  parseOutcomeList,
  type ResultsImportFileError,
  type ResultsImportIssue,
  type ResultsImportMapping,
  readResultsCsv,
  resultsFileError,
} from '../../../core/results/imports/index.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { unprocessable } from '../../platform/problem.js';
import { findWorkspaceTime } from '../tracking/workspace-time.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { ResultsImportRepository } from './results-import.repository.js';

type Parsed =
  | {
      kind: 'error';
      error: ResultsImportFileError;
      header: string[];
      mapping: ResultsImportMapping;
      saved: boolean;
    }
  | {
      kind: 'posts' | 'outcomes';
      header: string[];
      mapping: ResultsImportMapping;
      saved: boolean;
      posts: ImportedPostFigures[];
      outcomes: ImportedOutcome[];
      errors: ResultsImportIssue[];
      warnings: ResultsImportIssue[];
      dateFormat: { format: 'dmy' | 'mdy' | 'ymd'; isAmbiguous: boolean } | null;
    };

const SAMPLE_ROWS = 8;

/**
 * CSV imports of the results: post-level exports of networks without a connector (LinkedIn,
 * Facebook, Instagram) become `imported` metric snapshots, lists of outcomes become outcomes.
 * Stateless like the time import: preview and commit each get the whole text; the commit writes
 * in one transaction and remembers the mapping per source for the next file. Every line has a key
 * (src/core/results/imports), unique per workspace, so the same file imported twice adds nothing.
 */
export function createResultsImportService({
  repository,
  workspacesRepository,
  runInTransaction,
  clock,
}: {
  repository: ResultsImportRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  async function parse(
    workspaceId: string,
    body: ResultsImportPreviewBody,
  ): Promise<Parsed & { zone: string }> {
    const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
    const zone = workspace.timeZone;
    const table = readResultsCsv(body.text, body.source);
    const savedRaw = body.mapping ? null : await repository.findMapping(workspaceId, body.source);
    const saved = savedRaw ? resultsImportMappingSchema.safeParse(savedRaw) : null;
    const header = table?.header ?? [];
    const mapping: ResultsImportMapping = body.mapping
      ? stripEmpty(body.mapping)
      : {
          ...(saved?.success ? stripEmpty(saved.data) : {}),
          columns: fitMapping(saved?.success ? saved.data.columns : null, header, body.source),
        };
    const isSaved = !body.mapping && saved?.success === true;
    if (!table)
      return { kind: 'error', error: resultsFileError('empty_file'), header, mapping, saved: isSaved, zone };
    const options = {
      mapping,
      zone,
      ...(body.preferredDateOrder ? { preferredDateOrder: body.preferredDateOrder } : {}),
    };
    const result =
      body.source === 'outcomes'
        ? parseOutcomeList(table, options)
        : parseMetricExport(table, { ...options, source: body.source });
    if (!result.ok) return { kind: 'error', error: result.error, header, mapping, saved: isSaved, zone };
    const dateFormat = result.dateFormat
      ? { format: result.dateFormat.format, isAmbiguous: result.dateFormat.isAmbiguous }
      : null;
    return {
      kind: body.source === 'outcomes' ? 'outcomes' : 'posts',
      header,
      mapping,
      saved: isSaved,
      posts: 'rows' in result && body.source !== 'outcomes' ? (result.rows as ImportedPostFigures[]) : [],
      outcomes: body.source === 'outcomes' ? (result.rows as ImportedOutcome[]) : [],
      errors: result.errors,
      warnings: result.warnings,
      dateFormat,
      zone,
    };
  }

  /** The Cadence version of each exported post, found among the network's posts of those days. */
  async function matchPosts(
    workspaceId: string,
    network: string,
    posts: readonly ImportedPostFigures[],
    zone: string,
  ) {
    const matches = new Map<string, string | null>();
    if (posts.length === 0) return matches;
    const dates = posts.map((post) => post.localDate).sort();
    const from = `${addDaysToDate(dates[0] as string, -2)}T00:00:00Z`;
    const to = `${addDaysToDate(dates[dates.length - 1] as string, 2)}T00:00:00Z`;
    const candidates = await repository.listPublishedCandidates(workspaceId, network, from, to, zone);
    for (const post of posts) matches.set(post.postKey, matchImportedPost(post, candidates));
    return matches;
  }

  return {
    async preview(workspaceId: string, body: ResultsImportPreviewBody): Promise<ResultsImportPreview> {
      const parsed = await parse(workspaceId, body);
      const base = {
        source: body.source,
        header: parsed.header,
        mapping: parsed.mapping as ResultsImportMappingBody,
        mappingIsSaved: parsed.saved,
      };
      if (parsed.kind === 'error')
        return {
          ...base,
          fileError: parsed.error,
          dateFormat: null,
          dateFormatIsAmbiguous: false,
          rowCount: 0,
          toImport: 0,
          alreadyImported: 0,
          matched: 0,
          external: 0,
          samples: [],
          errors: [],
          errorCount: 0,
          warnings: [],
        };
      const keys =
        parsed.kind === 'posts'
          ? parsed.posts.map((row) => row.rowKey)
          : parsed.outcomes.map((row) => row.rowKey);
      const done = await repository.findImportedKeys(
        workspaceId,
        parsed.kind === 'posts' ? 'snapshots' : 'outcomes',
        keys,
      );
      const matches =
        parsed.kind === 'posts'
          ? await matchPosts(workspaceId, body.source, parsed.posts, parsed.zone)
          : new Map();
      const known =
        parsed.kind === 'posts'
          ? await repository.findImportedPosts(
              workspaceId,
              parsed.posts.map((post) => post.postKey),
            )
          : new Map();
      const isMatched = (post: ImportedPostFigures) =>
        Boolean(known.get(post.postKey)?.postVersionId ?? matches.get(post.postKey));
      const distinctPosts = new Map(parsed.posts.map((post) => [post.postKey, post]));
      const matched = [...distinctPosts.values()].filter(isMatched).length;
      const samples =
        parsed.kind === 'posts'
          ? parsed.posts.slice(0, SAMPLE_ROWS).map((post) => ({
              line: post.line,
              date: post.localDate,
              label: post.text.slice(0, 120),
              value: engagementOf(post.metrics),
              network: post.network,
              matched: isMatched(post),
              alreadyImported: done.has(post.rowKey),
            }))
          : parsed.outcomes.slice(0, SAMPLE_ROWS).map((outcome) => ({
              line: outcome.line,
              date: outcome.occurredOn,
              label: outcome.kind,
              value: outcome.amountCents,
              network: outcome.network,
              matched: false,
              alreadyImported: done.has(outcome.rowKey),
            }));
      return {
        ...base,
        fileError: null,
        dateFormat: parsed.dateFormat?.format ?? null,
        dateFormatIsAmbiguous: parsed.dateFormat?.isAmbiguous ?? false,
        rowCount: keys.length,
        toImport: keys.filter((key) => !done.has(key)).length,
        alreadyImported: keys.filter((key) => done.has(key)).length,
        matched,
        external: distinctPosts.size - matched,
        samples,
        errors: parsed.errors.slice(0, maxListedImportIssues),
        errorCount: parsed.errors.length,
        warnings: parsed.warnings.slice(0, maxListedImportIssues),
      };
    },

    async commit(
      actor: { workspaceId: string; userId: string },
      body: ResultsImportCommitBody,
    ): Promise<ResultsImportResult> {
      const { workspaceId, userId } = actor;
      const parsed = await parse(workspaceId, body);
      if (parsed.kind === 'error')
        throw unprocessable(
          `results_import_${parsed.error.code}`,
          parsed.error.params as Record<string, string>,
        );
      const errors = parsed.errors.slice(0, maxListedImportIssues);
      if (parsed.kind === 'outcomes') {
        const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
        const inserted = await runInTransaction(async (tx) => {
          await repository.saveMapping(tx, workspaceId, 'outcomes', parsed.mapping);
          return repository.insertImportedOutcomes(
            tx,
            workspaceId,
            parsed.outcomes.map((row) => ({
              kind: row.kind,
              occurredOn: row.occurredOn,
              amountCents: row.amountCents,
              currency: workspace.currency,
              network: row.network,
              campaign: row.campaign,
              note: row.note,
              importKey: row.rowKey,
              createdByUserId: userId,
            })),
          );
        });
        return {
          inserted,
          alreadyImported: parsed.outcomes.length - inserted,
          matched: 0,
          external: 0,
          errorCount: parsed.errors.length,
          errors,
        };
      }
      const matches = await matchPosts(workspaceId, body.source, parsed.posts, parsed.zone);
      const takenAt = clock.now();
      return runInTransaction(async (tx) => {
        await repository.saveMapping(tx, workspaceId, body.source, parsed.mapping);
        let inserted = 0;
        const matchedPosts = new Set<string>();
        const externalPosts = new Set<string>();
        for (const post of parsed.posts) {
          const imported = await repository.upsertImportedPost(tx, {
            workspaceId,
            network: post.network,
            postKey: post.postKey,
            externalId: post.externalId,
            url: post.url,
            publishedAt: new Date(post.publishedAt),
            text: post.text,
            postVersionId: matches.get(post.postKey) ?? null,
          });
          (imported.postVersionId ? matchedPosts : externalPosts).add(post.postKey);
          const isNew = await repository.insertImportedSnapshot(tx, {
            workspaceId,
            target: imported.postVersionId
              ? { postVersionId: imported.postVersionId }
              : { importedPostId: imported.id },
            takenAt,
            metrics: post.metrics,
            importKey: post.rowKey,
            userId,
          });
          if (isNew) inserted += 1;
        }
        return {
          inserted,
          alreadyImported: parsed.posts.length - inserted,
          matched: matchedPosts.size,
          external: externalPosts.size,
          errorCount: parsed.errors.length,
          errors,
        };
      });
    },
  };
}

/** A mapping without the fields left empty in the form. */
function stripEmpty(mapping: ResultsImportMappingBody): ResultsImportMapping {
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).filter(([, column]) => column.trim() !== ''),
  );
  return {
    columns,
    ...(mapping.dateFormat ? { dateFormat: mapping.dateFormat } : {}),
    ...(mapping.defaultKind ? { defaultKind: mapping.defaultKind } : {}),
  };
}

export type ResultsImportService = ReturnType<typeof createResultsImportService>;
