import { defineConfig } from 'vitest/config';

/**
 * The end-to-end tier: real server (dist/, built beforehand with `npm run build`), real Chromium
 * (Debian's, through playwright-core). Run: npx vitest run --config e2e/vitest.e2e.config.ts
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: '.',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    // One server, one browser per file: files run one after the other.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
