import { parseArgs } from 'node:util';
import { defaultDatasetOptions } from './dataset/agency-plan.js';
import type { DatabaseKind } from './dataset/dataset-store.js';
import { generateDataset } from './dataset/generate-dataset.js';

/**
 * `npm run bench:data -- --workspaces 50 --years 1 [--seed N] [--until YYYY-MM-DD] [--name agency]`
 * Generates the agency dataset into bench/data/<name>/ (PGlite) and, when DATABASE_URL is set,
 * into the database cadence_bench_<name> on that server.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      workspaces: { type: 'string', default: String(defaultDatasetOptions.workspaces) },
      years: { type: 'string', default: String(defaultDatasetOptions.years) },
      seed: { type: 'string', default: String(defaultDatasetOptions.seed) },
      until: { type: 'string', default: defaultDatasetOptions.until },
      name: { type: 'string', default: 'agency' },
    },
  });
  const options = {
    workspaces: Number(values.workspaces),
    years: Number(values.years),
    seed: Number(values.seed),
    until: values.until,
  };
  if (!Number.isInteger(options.workspaces) || options.workspaces < 1 || options.workspaces > 1000)
    throw new Error('--workspaces must be an integer between 1 and 1000');
  if (!(options.years > 0 && options.years <= 10)) throw new Error('--years must be between 0 and 10');
  if (!Number.isInteger(options.seed)) throw new Error('--seed must be an integer');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.until)) throw new Error('--until must be YYYY-MM-DD');
  if (!/^[a-z0-9_-]+$/i.test(values.name)) throw new Error('--name: letters, digits, - and _ only');
  const serverUrl = process.env.DATABASE_URL;
  const kinds: DatabaseKind[] = serverUrl ? ['pglite', 'postgres'] : ['pglite'];
  const manifest = await generateDataset(values.name, options, kinds, serverUrl);
  console.log(JSON.stringify(manifest, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
