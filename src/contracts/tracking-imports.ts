import { z } from 'zod';
import { fileTextMeta, isoInstantSchema, uuidSchema } from './common.js';
import { workspaceParamsSchema } from './workspaces.js';

/** The largest export accepted, in characters of CSV text (the route's body limit follows it). */
export const maxImportTextLength = 50 * 1024 * 1024;
/** Errors and warnings listed in a response; the counts cover all of them. */
export const maxListedImportIssues = 500;

export const trackerFormatSchema = z.enum(['toggl', 'clockify', 'cadence']);
export const dateFormatSchema = z.enum(['ymd', 'dmy', 'mdy']);

/** A category id, or 'skip' to leave those rows out. */
const mappingTargetSchema = z.union([uuidSchema, z.literal('skip')]);
const mappingKeySchema = z.string().max(500);

/**
 * How the file's projects and tags become Cadence categories. Tags win over the project (a tag
 * says what kind of work it was; a project is usually the client); see src/core/imports.
 */
export const importMappingSchema = z.object({
  byProject: z.record(mappingKeySchema, mappingTargetSchema).default({}),
  byTag: z.record(mappingKeySchema, mappingTargetSchema).default({}),
  /** For rows nothing else maps; null leaves them unmapped (the import is then refused). */
  fallbackCategoryId: uuidSchema.nullable().default(null),
});
export type ImportMappingBody = z.infer<typeof importMappingSchema>;

const importFileFields = {
  fileName: z.string().trim().min(1).max(255),
  /**
   * The whole CSV file as text (UTF-8; a BOM is fine). May be empty (the parser says so) and may
   * hold NULs: the parser drops them and reports their lines, instead of refusing the whole file.
   */
  text: z.string().max(maxImportTextLength).meta(fileTextMeta),
  /** Imposes the date format when the preview said the file's dates are ambiguous. */
  dateFormat: dateFormatSchema.optional(),
};

export const importPreviewBodySchema = z.object({
  ...importFileFields,
  /** Optional: with it, the summary is per category and unmapped rows show as errors. */
  mapping: importMappingSchema.optional(),
});
export type ImportPreviewBody = z.infer<typeof importPreviewBodySchema>;

export const commitImportBodySchema = z.object({
  ...importFileFields,
  mapping: importMappingSchema,
  /** Whose time it is: the caller by default; another member needs the manager role. */
  userId: z.string().min(1).max(64).optional(),
});
export type CommitImportBody = z.infer<typeof commitImportBodySchema>;

export const importIssueSchema = z.object({
  /** 1-based line of the file (the header is line 1). */
  line: z.number().int(),
  /** Stable code, translated by the web (`imports.issues.<code>`). */
  code: z.string(),
  /** English text, for logs and API users. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportIssueView = z.infer<typeof importIssueSchema>;

const distinctValueSchema = z.object({ name: z.string(), rowCount: z.number().int(), seconds: z.number() });

export const importSummarySchema = z.object({
  /** Rows that would be written (readable, mapped, not skipped, not already imported). */
  rowsToImport: z.number().int(),
  /** Rows already imported in this workspace (same source hash): never written twice. */
  duplicates: z.number().int(),
  /** Rows mapped to 'skip'. */
  skipped: z.number().int(),
  /** Unreadable rows plus, with a mapping, unmapped or conflicting ones. */
  errors: z.number().int(),
  totalSeconds: z.number(),
  byCategory: z.array(
    z.object({
      categoryId: uuidSchema.nullable(),
      rowCount: z.number().int(),
      seconds: z.number(),
      hours: z.number(),
    }),
  ),
  firstStartUtc: isoInstantSchema.nullable(),
  lastEndUtc: isoInstantSchema.nullable(),
  localDateRange: z.object({ from: z.iso.date(), to: z.iso.date() }).nullable(),
});

export const importPreviewSchema = z.object({
  format: trackerFormatSchema,
  delimiter: z.string(),
  /** Null when no date could be read. When ambiguous, ask the person and send `dateFormat`. */
  dateFormat: z
    .object({
      format: dateFormatSchema,
      isAmbiguous: z.boolean(),
      alternatives: z.array(dateFormatSchema),
      isForced: z.boolean(),
    })
    .nullable(),
  /** Readable rows. */
  rowCount: z.number().int(),
  distinct: z.object({
    projects: z.array(distinctValueSchema),
    clients: z.array(distinctValueSchema),
    tags: z.array(distinctValueSchema),
    rowsWithoutProject: z.number().int(),
  }),
  errors: z.array(importIssueSchema),
  errorCount: z.number().int(),
  warnings: z.array(importIssueSchema),
  warningCount: z.number().int(),
  summary: importSummarySchema,
  /** Projects and tags whose name matches a category (e.g. tag "Veille"), to pre-fill the form. */
  suggestedMapping: importMappingSchema,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importBatchSchema = z.object({
  id: uuidSchema,
  userId: z.string(),
  userName: z.string(),
  format: trackerFormatSchema,
  fileName: z.string(),
  totalRows: z.number().int(),
  importedRows: z.number().int(),
  duplicateRows: z.number().int(),
  skippedRows: z.number().int(),
  errorRows: z.number().int(),
  status: z.enum(['completed', 'undone']),
  createdAt: isoInstantSchema,
  undoneAt: isoInstantSchema.nullable(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const importResultSchema = z.object({
  /** Null when every row was already imported: nothing was written. */
  batch: importBatchSchema.nullable(),
  inserted: z.number().int(),
  duplicates: z.number().int(),
  skipped: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(importIssueSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importBatchParamsSchema = workspaceParamsSchema.extend({ batchId: uuidSchema });
