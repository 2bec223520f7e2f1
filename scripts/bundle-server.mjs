// `npm run build:server`, after tsc: dist/server/main.js (what `npm start` runs) becomes one file
// holding Cadence's code and most of its packages, plus a chunk per part loaded on first use
// (dist/server/chunks/). A start used to load ~1,500 modules one by one (ESM and CommonJS), and
// resolving, reading and compiling them was the largest part of a cold start (bench/README.md,
// benchmark 4). The other files tsc wrote stay: the `cadence` command, the benchmarks' floor
// server and the tests' tools import them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDirectory = path.join(root, 'dist/server');
const main = path.join(serverDirectory, 'main.js');

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

const { outputFiles } = await build({
  entryPoints: [main],
  outdir: serverDirectory,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  // What Cadence imports on first use (better-auth, with `import()`) stays out of the start.
  splitting: true,
  write: false,
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
  // No comments, and every other non-ASCII character escaped (esbuild's default charset): V8 then
  // keeps the source as one byte a character; a single "é" left in a comment doubles it (~13 MB).
  minifyWhitespace: true,
  logLevel: 'warning',
});

rmSync(path.join(serverDirectory, 'chunks'), { recursive: true, force: true });
let bytes = 0;
for (const file of outputFiles) {
  // esbuild leaves non-ASCII characters inside regular expression literals (French punctuation,
  // currency signs); the same escape means the same character there, as in strings.
  const text = file.path.endsWith('.js')
    ? file.text.replace(
        /[^\0-\x7f]/g,
        (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
    : file.text;
  mkdirSync(path.dirname(file.path), { recursive: true });
  writeFileSync(file.path, text);
  if (file.path.endsWith('.js')) bytes += Buffer.byteLength(text);
}
const chunks = outputFiles.filter((file) => file.path.endsWith('.js')).length - 1;
process.stdout.write(
  `bundle-server: dist/server/main.js and ${chunks} chunks loaded on first use (${Math.round(bytes / 1024)} KB)\n`,
);
