#!/usr/bin/env node
// After `vite build`: writes dist/web/route-preloads.json, each page's address pattern with the
// chunks and stylesheets it needs beyond the entry (scripts/route-preloads.mjs). The server adds
// them to the index.html it sends for a matching address (src/server/platform/web-shell.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readBootStages } from './boot-chunks.mjs';
import { routePreloads, routesFromRouterSource, screenPreloads } from './route-preloads.mjs';

const root = path.resolve(import.meta.dirname, '..');
const webRoot = path.join(root, 'dist/web');
const manifest = JSON.parse(readFileSync(path.join(webRoot, '.vite/manifest.json'), 'utf8'));
// Where each page module went when the build grouped it with others (scripts/vite-chunk-groups.ts).
const moduleChunksFile = path.join(webRoot, '.vite/module-chunks.json');
const moduleChunks = existsSync(moduleChunksFile) ? JSON.parse(readFileSync(moduleChunksFile, 'utf8')) : {};
const routes = routesFromRouterSource(readFileSync(path.join(root, 'src/web/app/router.tsx'), 'utf8'));
const preloads = routePreloads(
  manifest,
  routes,
  'app/router.tsx',
  moduleChunks,
  screenPreloads,
  readBootStages(webRoot),
);
writeFileSync(path.join(webRoot, 'route-preloads.json'), JSON.stringify(preloads));
console.log(`write-route-preloads: ${preloads.length} routes`);
