import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export type LoadResult = {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  /**
   * CPU time this process (the server side) spent per answered request. Unlike req/s it hardly
   * depends on what else the machine runs, so it is the steadier number on a shared machine.
   */
  cpuMillisecondsPerRequest: number;
  /** Requests not answered within autocannon's 10 s. */
  timeouts: number;
};

const autocannonCli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('autocannon/package.json')),
  'autocannon.js',
);

/**
 * Loads `url` with autocannon in a child process (its own core: the load generator must not share
 * the server's event loop). Any non-2xx answer or socket error fails the run: a server answering
 * 401 fast is not fast. Timeouts (10 s) are counted and reported, not failed.
 */
export function runAutocannon(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const headerArguments = Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
    '-H',
    `${name}:${value}`,
  ]);
  const child = spawn(
    process.execPath,
    [
      autocannonCli,
      '-c',
      String(options.connections),
      '-d',
      String(options.seconds),
      '-j',
      ...headerArguments,
      url,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const cpuBefore = process.cpuUsage();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr.slice(0, 500)}`));
      const report = JSON.parse(stdout) as {
        requests: { average: number; total: number };
        latency: { p50: number; p99: number };
        non2xx: number;
        errors: number;
        timeouts: number;
      };
      // autocannon counts timeouts among errors. A timeout is slowness, reported; anything else is a failure.
      if (report.non2xx > 0 || report.errors > report.timeouts)
        return reject(
          new Error(
            `autocannon on ${url}: ${report.non2xx} non-2xx, ${report.errors - report.timeouts} errors`,
          ),
        );
      const cpu = process.cpuUsage(cpuBefore);
      resolve({
        cpuMillisecondsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, report.requests.total),
        requestsPerSecond: report.requests.average,
        latencyP50: report.latency.p50,
        latencyP99: report.latency.p99,
        requests: report.requests.total,
        timeouts: report.timeouts,
      });
    });
  });
}
