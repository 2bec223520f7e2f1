import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited early (code ${server.exitCode})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s`);
}

/**
 * The built server (`npm run build` first) on a free port and a fresh data directory, without mail
 * or PostgreSQL; `stop` ends it and removes the directory. `extraEnvironment` adds settings (a
 * spec that reaches a local peer allows loopback with CADENCE_ALLOW_PRIVATE_NETWORKS).
 */
export async function startServer(
  extraEnvironment: NodeJS.ProcessEnv = {},
  /** Another checkout's built app (bench 8 compares two builds); this one by default. */
  appRoot: string = root,
): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cadence-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CADENCE_DATA_DIR: dataDir,
    // Inside the throw-away directory, removed with it; only "Back up now" makes one.
    CADENCE_BACKUP_DIR: path.join(dataDir, 'backups'),
    CADENCE_BACKUP_SCHEDULE: 'off',
    CADENCE_BASE_URL: baseUrl,
    CADENCE_LOGIN_LIMIT: '1000',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'error',
    ...extraEnvironment,
    // Coming silences are looked for every minute, so a spec sees the bell ring without waiting a day.
    CADENCE_REGULARITY_CHECK_CRON: '* * * * *',
  };
  // No mail server: invitations then show their link, which is what the specs follow.
  delete env.SMTP_URL;
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: appRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    // E2E_START_TIMEOUT_MS: a longer wait on a machine shared by many test runs (load average 30+
    // made a cold start take over 90 s); what the specs prove does not depend on it.
    await waitForHealth(baseUrl, server, Number(process.env.E2E_START_TIMEOUT_MS ?? 90_000));
  } catch (error) {
    // Not left running (nor its data directory left behind) when it is too slow to answer.
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (server.exitCode === null) server.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
