import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.js';
import './provided.js';
import { startServer } from './server.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Starts the real server on a free port with a fresh data directory, and stops it afterwards.
 * Builds nothing: `npm run build` comes first. Without Chromium, starts nothing and the specs skip.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  project.provide('chromiumPath', chromiumPath);
  project.provide('baseUrl', '');
  if (!chromiumPath) {
    console.warn(
      '\n[e2e] Chromium not found (/usr/bin/chromium or CHROMIUM_PATH): the E2E specs are SKIPPED.\n',
    );
    return;
  }
  for (const built of ['dist/server/main.js', 'dist/web/index.html']) {
    if (!existsSync(path.join(root, built)))
      throw new Error(`[e2e] ${built} is missing: run \`npm run build\` first.`);
  }
  mkdirSync(path.join(root, 'e2e/screenshots'), { recursive: true });

  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return server.stop;
}
