import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { datasetDirectory } from '../dataset/dataset-store.js';
import { type BenchmarkResult, milliseconds } from '../lib/result.js';
import { summarise } from '../lib/stats.js';

const cadenceServer = fileURLToPath(new URL('../../dist/server/main.js', import.meta.url));
const floorServer = fileURLToPath(new URL('../lib/floor-server.mjs', import.meta.url));
const idleSeconds = 2;

export type Sample = { startMs: number; cpuMs: number; rssMb: number };

/** How a server is started besides its script: Node's own flags and environment added to the bench's. */
export type StartOptions = { nodeArguments?: readonly string[]; environment?: Record<string, string> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The process's CPU time so far (user + system, every thread), in ms: the load on a shared
 * machine stretches the wall clock 3-10x, the work a start does much less.
 */
function cpuMilliseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime, the 14th and 15th fields, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kilobytes / 1024;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
  await exited;
}

/** Spawns `script` on the data dir, times spawn -> first 200 from /api/health, then reads idle RSS. */
export async function startOnce(
  script: string,
  dataDir: string,
  options: StartOptions = {},
): Promise<Sample> {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArguments ?? []), script], {
    env: {
      ...options.environment,
      PATH: process.env.PATH ?? '',
      CADENCE_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CADENCE_SECRET: 'bench-secret-only-for-generated-datasets-0123456789',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${script} exited early: ${stderr.slice(0, 500)}`);
      if (performance.now() - startedAt > 60_000) throw new Error(`${script} did not answer within 60 s`);
      const answered = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (answered) break;
      await sleep(10);
    }
    const startMs = performance.now() - startedAt;
    const cpuMs = cpuMilliseconds(child.pid ?? 0);
    await sleep(idleSeconds * 1000);
    return { startMs, cpuMs, rssMb: residentMegabytes(child.pid ?? 0) };
  } finally {
    await stop(child);
  }
}

/**
 * Benchmark 4: `node dist/server/main.js` on the dataset's PGlite data dir (installed by one
 * untimed start), from process start to the first /api/health answer, and its resident memory once idle; against the floor (Node +
 * the database opened as Cadence opens it + bare Fastify) started the same way, turn about.
 */
export async function benchmarkColdStart(
  name: string,
  options: { runs: number },
): Promise<BenchmarkResult[]> {
  const dataDir = datasetDirectory(name);
  const cadence: Sample[] = [];
  const floor: Sample[] = [];
  // Untimed: the first start on a data dir the generator wrote installs what a first `npm start`
  // installs once (the job queue's schema, ~0.85 s of CPU); the timed starts are restarts, as
  // they already were after the first of three runs.
  await startOnce(cadenceServer, dataDir);
  for (let run = 0; run < options.runs; run++) {
    floor.push(await startOnce(floorServer, dataDir));
    cadence.push(await startOnce(cadenceServer, dataDir));
  }
  const start = summarise(cadence.map((sample) => sample.startMs));
  const floorStart = summarise(floor.map((sample) => sample.startMs));
  const cpu = summarise(cadence.map((sample) => sample.cpuMs));
  const floorCpu = summarise(floor.map((sample) => sample.cpuMs));
  const rss = summarise(cadence.map((sample) => sample.rssMb));
  const floorRss = summarise(floor.map((sample) => sample.rssMb));
  return [
    {
      id: '4',
      name: 'cold start to first /api/health (PGlite data dir)',
      database: 'pglite',
      measured: `median ${milliseconds(start.median)} (max ${milliseconds(start.p95)}, ${start.runs} runs); ${milliseconds(cpu.median)} CPU`,
      baseline: `Node + createDb + bare Fastify ${milliseconds(floorStart.median)}; ${milliseconds(floorCpu.median)} CPU`,
      ratio: start.median / floorStart.median,
      target: '< 2 s',
      met: start.median < 2000,
    },
    {
      id: '4',
      name: `idle RSS ${idleSeconds} s after start`,
      database: 'pglite',
      measured: `${rss.median.toFixed(0)} MB`,
      baseline: `Node + createDb + bare Fastify ${floorRss.median.toFixed(0)} MB`,
      ratio: rss.median / floorRss.median,
      target: '< 250 MB',
      met: rss.median < 250,
    },
  ];
}
