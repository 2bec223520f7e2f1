import { z } from 'zod';
import { resultsImportSources } from '../core/results/imports/import-columns.js';
import { outcomeKinds } from '../core/results/results-table.js';
import { fileTextMeta } from './common.js';
import { importIssueSchema } from './tracking-imports.js';

/** Exports of networks without a connector, and lists of outcomes: the biggest file accepted. */
export const maxResultsImportTextLength = 10 * 1024 * 1024;

export const resultsImportSourceSchema = z.enum(resultsImportSources);
export type ResultsImportSourceKey = z.infer<typeof resultsImportSourceSchema>;

export const resultsImportMappingSchema = z.object({
  /** Field -> the header of the column that holds it. */
  columns: z.record(z.string().max(40), z.string().max(300)),
  dateFormat: z.enum(['dmy', 'mdy', 'ymd']).optional(),
  defaultKind: z.enum(outcomeKinds).optional(),
});
export type ResultsImportMappingBody = z.infer<typeof resultsImportMappingSchema>;

const fileFields = {
  source: resultsImportSourceSchema,
  fileName: z.string().trim().min(1).max(255),
  /** The whole CSV text; NULs are dropped by the parser and their lines reported. */
  text: z.string().max(maxResultsImportTextLength).meta(fileTextMeta),
  /** The person's language's date order, to settle dates that read both ways. */
  preferredDateOrder: z.enum(['dmy', 'mdy']).optional(),
};

export const resultsImportPreviewBodySchema = z.object({
  ...fileFields,
  /** Absent: the mapping saved for this source (fitted to the file), else the one its header suggests. */
  mapping: resultsImportMappingSchema.optional(),
});
export type ResultsImportPreviewBody = z.infer<typeof resultsImportPreviewBodySchema>;

export const resultsImportCommitBodySchema = z.object({ ...fileFields, mapping: resultsImportMappingSchema });
export type ResultsImportCommitBody = z.infer<typeof resultsImportCommitBodySchema>;

const fileErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** One line as it would be written, for the person to check before importing. */
export const resultsImportSampleSchema = z.object({
  line: z.number().int(),
  date: z.string(),
  /** The post's first words, or the outcome's kind. */
  label: z.string(),
  /** Post figures: engagement; outcomes: amount in cents. */
  value: z.number().nullable(),
  network: z.string().nullable(),
  /** Posts: matched to a Cadence post; outcomes: always false. */
  matched: z.boolean(),
  alreadyImported: z.boolean(),
});

export const resultsImportPreviewSchema = z.object({
  source: resultsImportSourceSchema,
  header: z.array(z.string()),
  /** The mapping used: the one sent, else the saved one, else the suggestion. */
  mapping: resultsImportMappingSchema,
  mappingIsSaved: z.boolean(),
  /** The mapping does not fit the file (a column it names is missing, no date column): nothing is read. */
  fileError: fileErrorSchema.nullable(),
  dateFormat: z.enum(['dmy', 'mdy', 'ymd']).nullable(),
  dateFormatIsAmbiguous: z.boolean(),
  rowCount: z.number().int(),
  toImport: z.number().int(),
  alreadyImported: z.number().int(),
  /** Posts only: lines matched to a Cadence post, and posts that will count as published outside Cadence. */
  matched: z.number().int(),
  external: z.number().int(),
  samples: z.array(resultsImportSampleSchema),
  errors: z.array(importIssueSchema),
  errorCount: z.number().int(),
  warnings: z.array(importIssueSchema),
});
export type ResultsImportPreview = z.infer<typeof resultsImportPreviewSchema>;

export const resultsImportResultSchema = z.object({
  inserted: z.number().int(),
  alreadyImported: z.number().int(),
  matched: z.number().int(),
  external: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(importIssueSchema),
});
export type ResultsImportResult = z.infer<typeof resultsImportResultSchema>;

// ---------------------------------------------------------------- followers
export const followerAccountSchema = z.object({
  connectionId: z.uuid(),
  network: z.string(),
  accountName: z.string(),
  followers: z.number().int().nullable(),
  /** Followers gained (or lost) since the reading seven days before the latest one; null without it. */
  weekChange: z.number().int().nullable(),
  readAt: z.string().nullable(),
  /** The last 30 daily readings, oldest first. */
  history: z.array(z.object({ day: z.iso.date(), followers: z.number().int() })),
});
export const followersViewSchema = z.object({
  accounts: z.array(followerAccountSchema),
  total: z.number().int().nullable(),
  totalWeekChange: z.number().int().nullable(),
});
export type FollowersView = z.infer<typeof followersViewSchema>;
