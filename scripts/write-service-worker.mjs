#!/usr/bin/env node
// After `vite build`: writes dist/web/sw.js from scripts/service-worker.template.js with the
// build's app shell, read from Vite's manifest (.vite/manifest.json): the entry chunk, the boot's
// stages, every chunk they import statically and their CSS, plus index.html, the web manifest and the icons.
// Pages loaded later (lazy chunks) are cached the first time they are fetched. The version is
// a hash of the shell's names, which Vite's content hashes change whenever a file changes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bootChunkKeys, readBootStages } from './boot-chunks.mjs';

const root = path.resolve(import.meta.dirname, '../dist/web');
const manifest = JSON.parse(readFileSync(path.join(root, '.vite/manifest.json'), 'utf8'));

const shell = new Set(['/index.html', '/manifest.webmanifest', '/favicon.svg']);
for (const icon of ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png'])
  if (existsSync(path.join(root, icon))) shell.add(`/${icon}`);

const seen = new Set();
function addChunk(key) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return;
  shell.add(`/${chunk.file}`);
  for (const css of chunk.css ?? []) shell.add(`/${css}`);
  for (const asset of chunk.assets ?? []) shell.add(`/${asset}`);
  for (const imported of chunk.imports ?? []) addChunk(imported);
}
for (const key of bootChunkKeys(manifest, readBootStages(root))) addChunk(key);
// Both languages' strings (chunks of their own, loaded by the entry): the shell opens offline in
// either, and a switch of language works offline too.
for (const catalogue of ['app/i18n/fr.ts', 'app/i18n/en.ts']) addChunk(catalogue);

const files = [...shell].sort();
const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
const template = readFileSync(path.resolve(import.meta.dirname, 'service-worker.template.js'), 'utf8');
const worker = template
  .replace("'__CADENCE_VERSION__'", JSON.stringify(version))
  .replace('__CADENCE_SHELL__', JSON.stringify(files));
writeFileSync(path.join(root, 'sw.js'), worker);
console.log(`write-service-worker: sw.js (${files.length} shell files, version ${version})`);
