import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/server (what `npm start` runs: tsc, then scripts/bundle-server.mjs) unless it is newer than every source file it comes
 * from: CI has usually just built it, and tsc costs tens of seconds on two cores.
 */
export function ensureServerBuild(projectRoot: string): void {
  const entry = path.join(projectRoot, 'dist/server/main.js');
  const sources = ['src/server', 'src/core', 'src/contracts'].map((folder) => path.join(projectRoot, folder));
  const isFresh =
    existsSync(entry) &&
    statSync(entry).mtimeMs >
      Math.max(
        ...sources.map(newestModification),
        statSync(path.join(projectRoot, 'tsconfig.server.json')).mtimeMs,
      );
  if (isFresh) return;
  process.stderr.write('building the server (npm run build:server: tsc, then the bundle)\n');
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: projectRoot, stdio: 'inherit' });
}

/**
 * Builds dist/web (`npm run build:web`: Vite, then the Brotli and gzip copies the server sends)
 * unless its index.html is newer than every source the web app is made of.
 */
export function ensureWebBuild(projectRoot: string): void {
  const entry = path.join(projectRoot, 'dist/web/index.html');
  const sources = ['src/web', 'src/core', 'src/contracts'].map((folder) => path.join(projectRoot, folder));
  const isFresh =
    existsSync(entry) &&
    statSync(entry).mtimeMs >
      Math.max(
        ...sources.map(newestModification),
        statSync(path.join(projectRoot, 'vite.config.ts')).mtimeMs,
        statSync(path.join(projectRoot, 'package-lock.json')).mtimeMs,
      );
  if (isFresh) return;
  process.stderr.write('building the web app (npm run build:web)\n');
  execFileSync('npm', ['run', '--silent', 'build:web'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
