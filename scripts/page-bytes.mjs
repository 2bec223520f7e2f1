// What each page's first load downloads in scripts, from a build: the entry's static imports and the
// route preloads the server names for the page's address (dist/web/route-preloads.json), with
// their Brotli sizes (the .br files the build writes). The language's strings are left out (one
// chunk, the same for every page).
//   node scripts/page-bytes.mjs [dist/web] [--compare <other dist/web>]
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { bootChunkKeys, readBootStages } from './boot-chunks.mjs';

const args = process.argv.slice(2);
const compareAt = args.indexOf('--compare');
const other = compareAt >= 0 ? args.splice(compareAt, 2)[1] : null;
const dist = args[0] ?? 'dist/web';

function pageScripts(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, '.vite/manifest.json'), 'utf8'));
  const initial = new Set(
    [...bootChunkKeys(manifest, readBootStages(root))].map((key) => manifest[key].file),
  );
  const routes = JSON.parse(readFileSync(path.join(root, 'route-preloads.json'), 'utf8'));
  const brotli = (file) => {
    const compressed = path.join(root, `${file}.br`);
    return statSync(existsSync(compressed) ? compressed : path.join(root, file)).size;
  };
  return new Map(
    routes.map(({ pattern, scripts }) => {
      const files = [...new Set([...initial, ...scripts.map((script) => script.replace(/^\//, ''))])];
      return [pattern, { files, bytes: files.reduce((sum, file) => sum + brotli(file), 0) }];
    }),
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pages = pageScripts(dist);
const before = other ? pageScripts(other) : null;
for (const [pattern, { files, bytes }] of pages) {
  const old = before?.get(pattern);
  const was = old ? `${old.files.length} scripts, ${kb(old.bytes)} → ` : '';
  const names = files.map((file) => path.basename(file).replace(/-[\w-]{8}\.js$/, '')).sort();
  console.log(`${pattern.padEnd(36)} ${was}${files.length} scripts, ${kb(bytes)} br  (${names.join(' ')})`);
}
