import { z } from 'zod';

/** What an import did, or (dry run) would do. */
export const importReportSchema = z.object({
  /** The new workspace, or the one this archive already became; null on a dry run. */
  workspaceId: z.uuid().nullable(),
  alreadyImported: z.boolean(),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int() })),
  people: z.array(z.object({ name: z.string(), email: z.string(), matched: z.boolean() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;
