import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { languageCatalogues } from './scripts/vite-language-catalogues.js';

/**
 * The web app lives in src/web and builds to dist/web, which the API server serves (index.html for
 * every non-/api path). In development `npm run dev:web` proxies /api to a server on port 3000.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), languageCatalogues()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json maps each page to its chunks: bench/ reads it to weigh a page's JavaScript.
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.CADENCE_API_URL ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
