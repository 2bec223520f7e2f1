#!/usr/bin/env node
// After `vite build`: puts V8's explicit compile hint, `//# allFunctionsCalledOnLoad`, on the first
// line of each script of dist/web/assets. V8 then compiles all of a file's functions while it parses
// the file, instead of each one on its first call, on the main thread, in the middle of the page's
// start. The app loads a file when it is about to run it (the entry, a page, the frame, a dialog),
// so little of what is compiled early goes unused. Lighthouse on a phone: less blocking time on 10
// of 12 pages, e.g. budget 613 → 341 ms (bench/README.md, session 15).
//
// Done here rather than in Vite's output options: the hint only counts before the first line of
// code, and Vite writes its preload helper (`__vite__mapDeps`) at the top of a chunk after every
// output option has applied. The source map gets an empty first line to match. File names keep
// Vite's content hash: the same build always writes the same bytes under a name.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const compileHint = '//# allFunctionsCalledOnLoad';

/** The script and its source map with the hint on a line of its own above the code, once. */
export function withCompileHint(code, map) {
  if (code.startsWith(compileHint)) return { code, map };
  return {
    code: `${compileHint}\n${code}`,
    map: map && { ...map, mappings: `;${map.mappings}` },
  };
}

function addCompileHints(assets) {
  let hinted = 0;
  for (const name of readdirSync(assets)) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(assets, name);
    const mapFile = `${file}.map`;
    let map = null;
    try {
      map = JSON.parse(readFileSync(mapFile, 'utf8'));
    } catch {
      // A file without a source map is hinted all the same.
    }
    const code = readFileSync(file, 'utf8');
    const hintedFile = withCompileHint(code, map);
    if (hintedFile.code === code) continue;
    writeFileSync(file, hintedFile.code);
    if (hintedFile.map) writeFileSync(mapFile, JSON.stringify(hintedFile.map));
    hinted += 1;
  }
  return hinted;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const assets = path.resolve(import.meta.dirname, '../dist/web/assets');
  console.log(`add-compile-hints: ${addCompileHints(assets)} scripts hinted`);
}
