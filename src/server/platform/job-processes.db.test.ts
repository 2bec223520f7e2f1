import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.js';
import { waitFor } from '../testing/wait-for.js';
import { createDb, type DatabaseHandle } from './db.js';

/**
 * Worker processes on a real queue (src/server/testing/proof-worker.ts): killed in the middle of
 * a job, or two of them on one PostgreSQL. The heartbeat (10 s) is the only wait: no wall-clock
 * minutes.
 */
const workerScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../testing/proof-worker.ts');
const isPostgres = Boolean(process.env.DATABASE_URL);

type Worker = { child: ChildProcess; lines: string[]; exited: Promise<number | null> };
const running: Worker[] = [];

function startWorker(environment: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const worker = { child, lines, exited };
  running.push(worker);
  return worker;
}

const waitForLine = (worker: Worker, pattern: RegExp) =>
  waitFor(async () => worker.lines.map((line) => line.match(pattern)).find(Boolean), {
    timeoutMilliseconds: 90_000,
  });

async function stopGracefully(worker: Worker) {
  worker.child.kill('SIGTERM');
  await worker.exited;
}

const rows = async <T>(database: DatabaseHandle, query: ReturnType<typeof sql>) => {
  const result = await database.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
};

afterEach(() => {
  for (const worker of running.splice(0)) worker.child.kill('SIGKILL');
});

describe('job worker processes', () => {
  it('finishes a job once, its effect written once, after its worker is killed in the middle of it', async () => {
    const dataDir = isPostgres ? null : mkdtempSync(path.join(tmpdir(), 'cadence-proof-'));
    const database = isPostgres ? await createTestDatabase() : null;
    const target: Record<string, string> = database?.url
      ? { PROOF_DATABASE_URL: database.url }
      : { PROOF_DATA_DIR: dataDir ?? '' };
    try {
      const environment = { ...target, PROOF_JOBS: '1', PROOF_SLEEP_MS: '600000' };
      const first = startWorker(environment);
      const [, jobId] = (await waitForLine(first, /^started (\S+) 1$/)) ?? [];
      first.child.kill('SIGKILL');
      await first.exited;

      // The restart enqueues the same keyed job again: a no-op. The killed try's heartbeat
      // lapses, the job is retried and completes.
      const second = startWorker(environment);
      await waitForLine(second, new RegExp(`^effect ${jobId}$`));
      await stopGracefully(second);

      const check = database ?? (await createDb({ dataDir: dataDir ?? '', migrate: false }));
      try {
        const tries = await rows<{ try: number; ended: boolean }>(
          check,
          sql`select try, ended_at is not null as ended from proof_try where job_id = ${jobId} order by try`,
        );
        expect(tries).toEqual([
          { try: 1, ended: false },
          { try: 2, ended: true },
        ]);
        expect(await rows(check, sql`select job_id from proof_effect`)).toHaveLength(1);
        const states = await rows<{ state: string }>(
          check,
          sql`select state from pgboss.job where name = 'proof-effect'`,
        );
        expect(states).toEqual([{ state: 'completed' }]);
      } finally {
        if (!database) await check.close();
      }
    } finally {
      await database?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('lets a running job finish when its worker is asked to stop (SIGTERM), then exits', async () => {
    const dataDir = isPostgres ? null : mkdtempSync(path.join(tmpdir(), 'cadence-proof-'));
    const database = isPostgres ? await createTestDatabase() : null;
    const target: Record<string, string> = database?.url
      ? { PROOF_DATABASE_URL: database.url }
      : { PROOF_DATA_DIR: dataDir ?? '' };
    try {
      const worker = startWorker({ ...target, PROOF_JOBS: '1', PROOF_SLEEP_MS: '3000' });
      const [, jobId] = (await waitForLine(worker, /^started (\S+) 1$/)) ?? [];
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(worker.lines).toContain(`effect ${jobId}`);
      const check = database ?? (await createDb({ dataDir: dataDir ?? '', migrate: false }));
      try {
        const states = await rows<{ state: string }>(
          check,
          sql`select state from pgboss.job where name = 'proof-effect'`,
        );
        expect(states).toEqual([{ state: 'completed' }]);
      } finally {
        if (!database) await check.close();
      }
    } finally {
      await database?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it.runIf(isPostgres)(
    'never runs one job in two worker processes on one PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      try {
        // Both enqueue the same 200 keyed jobs: 200 jobs in all. Each takes 300 ms (about 6 s of
        // work for one process), so the second is running before the first could do them all
        // alone, however slowly either starts on a busy machine.
        // The tables exist before the workers start (two `create table if not exists` at the same
        // instant can collide in PostgreSQL's catalogue), and the workers wait for each other.
        await database.db.execute(
          sql`create table proof_try (job_id uuid, try int, pid int, started_at timestamptz default clock_timestamp(), ended_at timestamptz)`,
        );
        await database.db.execute(sql`create table proof_effect (job_id uuid primary key, pid int)`);
        await database.db.execute(sql`create table proof_ready (pid int primary key)`);
        const environment = {
          PROOF_DATABASE_URL: database.url ?? '',
          PROOF_JOBS: '200',
          PROOF_SLEEP_MS: '300',
          PROOF_PEERS: '2',
        };
        const workers = [
          startWorker({ ...environment, PROOF_NAME: 'proof-a' }),
          startWorker({ ...environment, PROOF_NAME: 'proof-b' }),
        ];
        await waitFor(
          async () =>
            (
              await rows<{ n: number }>(database, sql`select count(*)::int as n from proof_effect`).catch(
                () => [],
              )
            )[0]?.n === 200,
          { timeoutMilliseconds: 120_000, everyMilliseconds: 250 },
        );
        await Promise.all(workers.map(stopGracefully));
        const tries = await rows<{ tries: number; jobs: number; pids: number }>(
          database,
          sql`select count(*)::int as tries, count(distinct job_id)::int as jobs, count(distinct pid)::int as pids from proof_try`,
        );
        expect(tries).toEqual([{ tries: 200, jobs: 200, pids: 2 }]);
        const completed = await rows<{ n: number }>(
          database,
          sql`select count(*)::int as n from pgboss.job where name = 'proof-effect' and state = 'completed'`,
        );
        expect(completed).toEqual([{ n: 200 }]);
      } finally {
        await database.close();
      }
    },
    180_000,
  );
});
