import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { migrationsFolder } from '../db.js';

/** Written last into each backup folder: what made it, from which schema, and what it holds. */
export const backupManifestSchema = z.object({
  format: z.literal('cadence-backup-v1'),
  cadenceVersion: z.string(),
  createdAt: z.iso.datetime(),
  database: z.literal('pglite'),
  /** The newest migration applied to the database when it was backed up. */
  migration: z.object({ tag: z.string(), when: z.number().int() }),
  databaseFile: z.object({ name: z.string(), bytes: z.number().int(), sha256: z.string() }),
  /** The instance's generated secret travels with the data it sealed (tokens, sessions). */
  includesSecret: z.boolean(),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const manifestFileName = 'manifest.json';
export const databaseFileName = 'database.tar.gz';
export const secretFileName = 'secret';

type JournalEntry = { idx: number; when: number; tag: string };

/** The migrations this build of Cadence knows, oldest first. */
export function knownMigrations(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

/** The tag of a migration by its timestamp (`when`, as drizzle records it in the database). */
export function migrationByWhen(when: number): JournalEntry | undefined {
  return knownMigrations().find((entry) => entry.when === when);
}
