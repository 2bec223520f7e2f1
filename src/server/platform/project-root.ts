import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root (its package.json), looked for upwards from this module: it runs from
 * src/server/platform (tsx), dist/server/platform (tsc) and dist/server/chunks (the bundle that
 * `npm start` runs, scripts/bundle-server.mjs), three different depths.
 */
export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let directory = from; ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json'))) return directory;
    if (path.dirname(directory) === directory) throw new Error(`No package.json above ${from}`);
  }
}
