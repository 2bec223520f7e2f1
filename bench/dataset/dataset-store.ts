import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDb, type DatabaseHandle } from '../../src/server/platform/db.js';
import type { DatasetOptions } from './agency-plan.js';

export type DatabaseKind = DatabaseHandle['kind'];

/** What was generated where, written next to the PGlite data dir. */
export type DatasetManifest = {
  name: string;
  options: DatasetOptions;
  generated: Partial<
    Record<
      DatabaseKind,
      {
        at: string;
        seconds: number;
        entries: number;
        staff: number;
        memberships: number;
        /** Content and results (absent from datasets made before them). */
        posts?: number;
        versions?: number;
        snapshots?: number;
        outcomes?: number;
      }
    >
  >;
};

const benchDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** bench/data/<name>: git-ignored. PGlite keeps its files in `pglite/` below it (see createDb). */
export function datasetDirectory(name: string): string {
  return path.join(benchDirectory, 'data', name);
}

export function postgresDatabaseName(name: string): string {
  return `cadence_bench_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
}

/** The URL of the dataset's own database on the server DATABASE_URL names. */
export function postgresDatasetUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${postgresDatabaseName(name)}`;
  return url.toString();
}

export function readManifest(name: string): DatasetManifest | null {
  const file = path.join(datasetDirectory(name), 'dataset.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DatasetManifest) : null;
}

export function writeManifest(manifest: DatasetManifest): void {
  mkdirSync(datasetDirectory(manifest.name), { recursive: true });
  writeFileSync(
    path.join(datasetDirectory(manifest.name), 'dataset.json'),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
}

/** Opens (and migrates) the dataset's database; `fresh` empties it first. */
export async function openDataset(
  name: string,
  kind: DatabaseKind,
  options: { fresh: boolean; serverUrl?: string | undefined },
): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const directory = path.join(datasetDirectory(name), 'pglite');
    if (options.fresh) rmSync(directory, { recursive: true, force: true });
    return createDb({ dataDir: datasetDirectory(name) });
  }
  if (!options.serverUrl) throw new Error('PostgreSQL needs DATABASE_URL');
  if (options.fresh) {
    const admin = new pg.Client({ connectionString: options.serverUrl });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${postgresDatabaseName(name)} with (force)`);
      await admin.query(`create database ${postgresDatabaseName(name)}`);
    } finally {
      await admin.end();
    }
  }
  return createDb({ databaseUrl: postgresDatasetUrl(options.serverUrl, name), dataDir: 'unused' });
}
