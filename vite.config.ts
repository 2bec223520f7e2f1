import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { screenPreloads } from './scripts/route-preloads.mjs';
import { bootStagePreloads } from './scripts/vite-boot-stages.js';
import {
  bootStagesFromEntrySource,
  chunkGroups,
  moduleChunks,
  routeModulesFromRouterSource,
} from './scripts/vite-chunk-groups.js';
import { deferredContracts } from './scripts/vite-deferred-contracts.js';
import { languageCatalogues } from './scripts/vite-language-catalogues.js';

const webRoot = path.resolve(import.meta.dirname, 'src/web');
const routerPath = path.join(webRoot, 'app/router.tsx');
const routeModules = routeModulesFromRouterSource(
  readFileSync(routerPath, 'utf8'),
  routerPath,
  Object.keys(screenPreloads),
);
const entryPath = path.join(webRoot, 'main.tsx');
const boot = { entry: entryPath, stages: bootStagesFromEntrySource(readFileSync(entryPath, 'utf8')) };

/**
 * The web app lives in src/web and builds to dist/web, which the API server serves (index.html for
 * every non-/api path). In development `npm run dev:web` proxies /api to a server on port 3000.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    languageCatalogues(),
    bootStagePreloads(),
    moduleChunks(routeModules, webRoot),
    // The contracts' schemas (and src/core's) built when the app first uses them (the server's, as written).
    deferredContracts(
      path.resolve(import.meta.dirname, 'src/contracts'),
      path.resolve(import.meta.dirname, 'src/core'),
      path.join(webRoot, 'app/deferred-schema.ts'),
    ),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json maps each page to its chunks: bench/ reads it to weigh a page's JavaScript.
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // A few files per page instead of a hundred (scripts/vite-chunk-groups.ts says how and why).
        codeSplitting: { groups: chunkGroups(routeModules, boot) },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.CADENCE_API_URL ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
