// `npm run build:server`, after tsc: dist/server/main.js (what `npm start` runs) becomes one file
// holding Cadence's code and most of its packages. A start used to load ~1,500 modules one by one
// (ESM and CommonJS), and resolving, reading and compiling them was the largest part of a cold
// start (bench/README.md, benchmark 4). The other files tsc wrote stay: the `cadence` command, the
// tests' floor server and the benchmarks import them.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'dist/server/main.js');

/**
 * Left to Node, loaded from node_modules as before:
 * - loaded on first use (a PDF, an image, a Bluesky post, mail): a bundle would parse them at start;
 * - reading their own files beside their code (PGlite's WebAssembly and data, swagger-ui's pages,
 *   @fastify/swagger's package.json, pino's worker files, pdfkit's fonts);
 * - optional native drivers a package asks for inside a try.
 */
const external = [
  '@electric-sql/pglite',
  '@atproto/api',
  'sharp',
  'pdfkit',
  'nodemailer',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  'pino',
  'pg-native',
];

if (readFileSync(main, 'utf8').includes('createRequireOfBundle')) {
  process.stderr.write(
    'bundle-server: dist/server/main.js is bundled already; run `npm run build:server` (tsc first)\n',
  );
  process.exit(1);
}

await build({
  entryPoints: [main],
  outfile: main,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  // CommonJS packages inside the bundle call require() for Node's own modules.
  banner: {
    js: "import { createRequire as createRequireOfBundle } from 'node:module';\nconst require = createRequireOfBundle(import.meta.url);",
  },
  // Stack traces point into dist/ (tsc's files and their maps) with --enable-source-maps.
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
});
process.stdout.write(`bundle-server: dist/server/main.js (${Math.round(statSync(main).size / 1024)} KB)\n`);
