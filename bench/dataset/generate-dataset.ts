import { sql } from 'drizzle-orm';
import { benchOrigin, buildBenchApp, datasetNow } from '../lib/bench-app.js';
import { createProgressBar } from '../lib/progress-bar.js';
import { type DatasetOptions, planAgency } from './agency-plan.js';
import {
  type DatabaseKind,
  type DatasetManifest,
  openDataset,
  readManifest,
  writeManifest,
} from './dataset-store.js';
import { type SeedResult, seedAgency } from './seed-agency.js';

/**
 * Generates the dataset `name` from `options` on each database kind asked for (a fresh PGlite data
 * dir, a fresh PostgreSQL database), with progress bars on stderr, and records it in the manifest.
 */
export async function generateDataset(
  name: string,
  options: DatasetOptions,
  kinds: readonly DatabaseKind[],
  serverUrl: string | undefined,
): Promise<DatasetManifest> {
  const plan = planAgency(options);
  const now = datasetNow(plan);
  const previous = readManifest(name);
  const manifest: DatasetManifest = {
    name,
    options,
    // A manifest of other options describes data that is being replaced.
    generated:
      previous && JSON.stringify(previous.options) === JSON.stringify(options) ? previous.generated : {},
  };
  for (const kind of kinds) {
    const startedAt = performance.now();
    const database = await openDataset(name, kind, { fresh: true, serverUrl });
    let result: SeedResult;
    try {
      const app = await buildBenchApp(database, now);
      const bars = new Map<string, ReturnType<typeof createProgressBar>>();
      result = await seedAgency({
        app,
        database,
        plan,
        origin: benchOrigin,
        now,
        onProgress: (progress) => {
          // Created on first use: each bar's rate and time left count from its own stage's start.
          const bar =
            bars.get(progress.stage) ??
            createProgressBar(
              `${kind} ${progress.stage.padEnd(7)}`,
              progress.total,
              progress.stage === 'setup' ? 'steps' : progress.stage === 'content' ? 'rows' : 'entries',
            );
          bars.set(progress.stage, bar);
          if (progress.done === progress.total) bar.finish(progress.done);
          else bar.update(progress.done);
        },
      });
      await app.close();
      // What autovacuum would do on a server after a bulk load; PGlite has no autovacuum.
      await database.db.execute(sql`analyze`);
    } finally {
      await database.close();
    }
    const seconds = (performance.now() - startedAt) / 1000;
    manifest.generated[kind] = {
      at: new Date().toISOString(),
      seconds: Math.round(seconds),
      entries: result.entries,
      staff: result.staff,
      memberships: result.memberships,
      ...result.content,
    };
    writeManifest(manifest);
    process.stderr.write(
      `${kind}: ${result.entries.toLocaleString('en')} time entries, ${result.staff} people, ` +
        `${result.workspaceIds.length} workspaces, ${result.routineMarks} routine marks, ` +
        `${result.content.posts.toLocaleString('en')} posts, ${result.content.snapshots.toLocaleString('en')} metric snapshots, ` +
        `${result.content.outcomes.toLocaleString('en')} outcomes in ${seconds.toFixed(0)} s\n`,
    );
  }
  return manifest;
}
