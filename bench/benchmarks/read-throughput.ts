import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { addDaysToDate, isoWeekdayOf } from '../../src/core/time/epoch-day.js';
import type { AgencyPlan } from '../dataset/agency-plan.js';
import { runAutocannon } from '../lib/autocannon.js';
import { buildBenchApp, datasetNow } from '../lib/bench-app.js';
import { type BenchContext, getAs } from '../lib/bench-context.js';
import type { BenchmarkResult } from '../lib/result.js';

const perSecond = (value: number) => `${Math.round(value).toLocaleString('en')} req/s`;

/**
 * Benchmark 2: throughput of a typical authenticated read, the time page's list of the week's
 * entries (session, membership, filters, one page and its totals), against `/api/health` (public,
 * one `select 1`, the most any route that touches the database can reach on the machine), both
 * under autocannon (20 connections). A bare Fastify hello-world route is reported beside them, and
 * the same list with every request a miss: a second app on the same database without the response
 * cache (the figure of the route's own work, which the cache hides).
 */
export async function benchmarkReadThroughput(
  context: BenchContext,
  plan: AgencyPlan,
  options: { seconds: number; connections: number },
): Promise<BenchmarkResult> {
  const until = plan.options.until;
  const weekStart = addDaysToDate(until, -(isoWeekdayOf(until) - 1));
  const path = `/api/workspaces/${context.busiestWorkspaceId}/time-entries?from=${weekStart}&to=${addDaysToDate(weekStart, 6)}`;
  await getAs(context, path);
  // The first /api/health starts the job queue (pg-boss: schema check, queues), which `npm start`
  // does before it listens: inside the measured seconds it made the floor look 2-10x slower.
  await getAs(context, '/api/health');

  const bare = Fastify();
  bare.get('/hello', async () => ({ hello: 'world' }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const uncachedApp = await buildBenchApp(context.database, datasetNow(plan), { responseCache: false });
  await uncachedApp.listen({ host: '127.0.0.1', port: 0 });
  try {
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/hello`;
    const hello = await runAutocannon(bareUrl, options);
    // The floor of any route that reads the database: one `select 1`, no session, no row to send.
    const health = await runAutocannon(`${context.baseUrl}/api/health`, options);
    const { hits: hitsBefore, misses: missesBefore } = context.app.responseCache;
    const cadence = await runAutocannon(`${context.baseUrl}${path}`, {
      ...options,
      headers: { cookie: context.owner.cookie },
    });
    const hits = context.app.responseCache.hits - hitsBefore;
    const lookups = hits + context.app.responseCache.misses - missesBefore;
    const uncachedUrl = `http://127.0.0.1:${(uncachedApp.server.address() as AddressInfo).port}${path}`;
    const uncached = await runAutocannon(uncachedUrl, {
      ...options,
      headers: { cookie: context.owner.cookie },
    });
    // Anchored on /api/health: no route that reads the database can beat one `select 1`.
    const ratio = cadence.requestsPerSecond / health.requestsPerSecond;
    const healthRatio = health.requestsPerSecond / hello.requestsPerSecond;
    return {
      id: '2',
      name: "read throughput: the week's entries (autocannon)",
      database: context.kind,
      measured:
        `${perSecond(cadence.requestsPerSecond)}, p50 ${cadence.latencyP50} ms, p99 ${cadence.latencyP99} ms; ` +
        `${cadence.cpuMillisecondsPerRequest.toFixed(2)} ms CPU/request, ` +
        `${((100 * hits) / Math.max(1, lookups)).toFixed(1)} % from the response cache` +
        (cadence.timeouts > 0 ? `; ${cadence.timeouts} timed out (> 10 s)` : '') +
        `; uncached (every request a miss): ${perSecond(uncached.requestsPerSecond)}, ` +
        `${(uncached.requestsPerSecond / health.requestsPerSecond).toFixed(2)}x, ` +
        `${uncached.cpuMillisecondsPerRequest.toFixed(2)} ms CPU/request`,
      baseline:
        `/api/health (one query) ${perSecond(health.requestsPerSecond)}; ${health.cpuMillisecondsPerRequest.toFixed(2)} ms CPU/request ` +
        `(bare Fastify ${perSecond(hello.requestsPerSecond)}, health is ${healthRatio.toFixed(2)}x of it)`,
      ratio,
      target: '>= 0.50x',
      met: ratio >= 0.5,
    };
  } finally {
    await bare.close();
    await uncachedApp.close();
  }
}
