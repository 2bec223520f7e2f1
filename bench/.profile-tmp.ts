// Usage: tsx /tmp/speed/profile.ts <page path after /w/id/> ; prints self time by source file (source-mapped)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launchChromium } from '/work/wt-speed/e2e/support/chromium.js';
import { startServer } from '/work/wt-speed/e2e/support/server.js';
import { seedPageSpeedWorkspace } from '/work/wt-speed/bench/lib/page-speed-workspace.js';

const pages = process.argv.slice(2);
const server = await startServer();
const { cookie, workspaceId } = await seedPageSpeedWorkspace(server.baseUrl);
const browser = await launchChromium('/usr/bin/chromium');
const maps = new Map<string, SourceMapConsumer | null>();
function consumer(url: string) {
  if (!maps.has(url)) {
    const file = path.join('/work/wt-speed/dist/web', new URL(url).pathname + '.map');
    try { maps.set(url, new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')))); } catch { maps.set(url, null); }
  }
  return maps.get(url);
}
for (const p of pages) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const [name, value] = cookie.split('; ')[0]!.split('=');
  await context.addCookies(cookie.split('; ').map((c) => { const i = c.indexOf('='); return { name: c.slice(0, i), value: c.slice(i + 1), url: server.baseUrl }; }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  const url = p === 'sign-in' ? `${server.baseUrl}/sign-in` : `${server.baseUrl}/w/${workspaceId}/${p === 'overview' ? '' : p}`;
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(5000);
  const elapsed = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const bySource = new Map<string, number>();
  const byFn = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id); const cf = n.callFrame;
    let src = cf.url ? cf.url : `(${cf.functionName || 'program'})`;
    let fn = cf.functionName;
    if (cf.url.includes('/assets/')) {
      const c = consumer(cf.url);
      const pos = c?.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
      if (pos?.source) { src = pos.source.replace(/^.*node_modules\//, 'nm:'); fn = pos.name || fn; }
    }
    if (src === '(idle)') continue;
    total += us;
    bySource.set(src, (bySource.get(src) ?? 0) + us);
    byFn.set(`${fn} @ ${src}`, (byFn.get(`${fn} @ ${src}`) ?? 0) + us);
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([s, us]) => `  ${(us / 1000).toFixed(0).padStart(6)} ms  ${s}`).join('\n');
  console.log(`== ${p}: load ${elapsed} ms, busy ${(total / 1000).toFixed(0)} ms (4x throttled)\n${top(bySource, 25)}\n-- functions\n${top(byFn, 25)}`);
  await context.close();
}
await browser.close();
await server.stop();
