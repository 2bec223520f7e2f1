import { findChromium, launchChromium } from '../../e2e/support/chromium.js';
import { startServer } from '../../e2e/support/server.js';
import { seedPageSpeedWorkspace } from '../lib/page-speed-workspace.js';
import type { BenchmarkResult } from '../lib/result.js';
import { summarise } from '../lib/stats.js';

const budgetMs = 1000;

/** Next month's first day, `YYYY-MM-DD` (UTC calendar: the seed only needs a month ahead). */
function nextMonth(now: Date): { year: number; month: number; days: number } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, days };
}

/** `posts` rows of Hootsuite's bulk shape spread over next month, 09:00 to 18:45, all ahead of now. */
function monthCsv(posts: number, now: Date): string {
  const { year, month, days } = nextMonth(now);
  const lines = ['date,time,text,link'];
  for (let index = 0; index < posts; index++) {
    const day = 1 + (index % days);
    const slot = Math.floor(index / days);
    const time = `${String(9 + (slot % 10)).padStart(2, '0')}:${String((slot * 15) % 60).padStart(2, '0')}`;
    lines.push(
      `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year},${time},Publication ${index + 1} du mois,`,
    );
  }
  return lines.join('\n');
}

/**
 * Benchmark 11 (issue #13): the editorial calendar's month view with `posts` posts, in Debian's
 * Chromium driven by Playwright, on the built app. The posts are imported into next month through
 * the API (the bulk CSV import, both networks of the workspace); the page is opened on this month,
 * then "next" is clicked. "Usable" = the month's day cells hold the posts (events or "+n" links)
 * AND the page answers: a click's handler has run and a frame has been painted after it. Measured
 * from the click; each round reloads the page. The cold load of the page (navigation to the grid
 * drawn) is reported beside it.
 */
export async function benchmarkCalendarPage(options: {
  posts: number;
  rounds: number;
}): Promise<BenchmarkResult[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install chromium (or set CHROMIUM_PATH)');
  const server = await startServer();
  const browser = await launchChromium(executablePath);
  try {
    const { cookie, workspaceId } = await seedPageSpeedWorkspace(server.baseUrl);
    const imported = await fetch(`${server.baseUrl}/api/workspaces/${workspaceId}/posts/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.baseUrl, cookie },
      body: JSON.stringify({ text: monthCsv(options.posts, new Date()), dateOrder: 'day_first' }),
    });
    if (!imported.ok)
      throw new Error(`post import answered ${imported.status}: ${(await imported.text()).slice(0, 300)}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const [name, ...value] = cookie.split(';')[0]?.split('=') ?? [];
    await context.addCookies([{ name: name ?? '', value: value.join('='), url: server.baseUrl }]);
    const page = await context.newPage();
    const loads: number[] = [];
    const switches: number[] = [];
    let shown = 0;
    for (let round = 0; round < options.rounds + 1; round++) {
      const startedAt = performance.now();
      await page.goto(`${server.baseUrl}/w/${workspaceId}/calendar`);
      await page.locator('.fc-daygrid-day').first().waitFor();
      const loadMs = performance.now() - startedAt;
      const next = page.locator('.content-calendar button').nth(1);
      const clickedAt = performance.now();
      await next.click();
      // The month's posts drawn: every event shown plus the posts hidden behind "+n" links.
      await page.waitForFunction(
        (expected) => {
          const events = document.querySelectorAll(
            '.fc-daygrid-day:not(.fc-day-other) .fc-daygrid-event',
          ).length;
          const hidden = [
            ...document.querySelectorAll('.fc-daygrid-day:not(.fc-day-other) .fc-daygrid-more-link'),
          ]
            .map((link) => Number((link.textContent ?? '').replace(/\D/g, '')) || 0)
            .reduce((sum, count) => sum + count, 0);
          return events + hidden >= expected;
        },
        options.posts,
        { polling: 'raf' },
      );
      // The page answers: an input's handler runs and the next frame is painted.
      await page.evaluate(
        () => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 0)),
      );
      const switchMs = performance.now() - clickedAt;
      shown = await page.evaluate(
        () => document.querySelectorAll('.fc-daygrid-day:not(.fc-day-other) .fc-daygrid-event').length,
      );
      // The first round warms the server's caches and the browser's: not counted.
      if (round > 0) {
        loads.push(loadMs);
        switches.push(switchMs);
      }
    }
    const load = summarise(loads);
    const usable = summarise(switches);
    return [
      {
        id: '11',
        name: `calendar month view with ${options.posts} posts in Chromium`,
        database: 'pglite',
        measured: `usable after the click: median ${Math.round(usable.median)} ms, worst ${Math.round(Math.max(...switches))} ms (${options.rounds} rounds; ${shown} events drawn, the rest behind "+n")`,
        baseline: `fixed budget ${budgetMs} ms; cold page load to the grid median ${Math.round(load.median)} ms`,
        ratio: usable.median / budgetMs,
        target: `usable < ${budgetMs} ms (measured, not asserted)`,
        met: usable.median < budgetMs,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
