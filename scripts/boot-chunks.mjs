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
  const add = (key) => {
    if (!manifest[key] || keys.has(key)) return;
    keys.add(key);
    for (const imported of manifest[key].imports ?? []) add(imported);
  };
  for (const [key, chunk] of Object.entries(manifest))
    if (chunk.isEntry || stageFiles.includes(chunk.file)) add(key);
  return keys;
}
