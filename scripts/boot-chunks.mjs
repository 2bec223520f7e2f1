// The chunks a page of the web app loads at start, from Vite's manifest: the entry's static imports
// and the boot's stages (src/web/main.tsx imports them dynamically, one task each; index.html
// names them in modulepreload links) with theirs. The build lists the stages' files in
// .vite/boot-stages.json (scripts/vite-boot-stages.ts); an older build has none. Used by the
// route preloads, the service worker and page-bytes.mjs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The boot stages' files (`assets/react-….js`) of the build in `root` (dist/web). */
export function readBootStages(root) {
  const file = path.join(root, '.vite/boot-stages.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}

/**
 * @param {Record<string, { file: string; imports?: string[]; isEntry?: boolean }>} manifest
 * @param {string[]} stageFiles what `readBootStages` answers
 * @returns {Set<string>} manifest keys
 */
export function bootChunkKeys(manifest, stageFiles) {
  const keys = new Set();
  for (const [key, chunk] of Object.entries(manifest))
    if (chunk.isEntry || stageFiles.includes(chunk.file)) staticClosure(manifest, key, keys);
  return keys;
}

/**
 * Adds `key` and every chunk it imports statically, transitively, to `into` (manifest keys).
 * @param {Record<string, { imports?: string[] }>} manifest
 * @param {string} key
 * @param {Set<string>} into
 * @returns {Set<string>} `into`
 */
export function staticClosure(manifest, key, into) {
  const chunk = manifest[key];
  if (!chunk || into.has(key)) return into;
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}
