/**
 * Screenshots of the same pages from two builds (this one and `--compare-with`), each on its own
 * freshly seeded benchmark-8 workspace, at a phone's and a desktop's size, in French (or English
 * with `--language en`); counts the
 * pixels that differ and writes both images and a diff where any do. For changes meant to keep
 * the look identical (a Mantine component replaced by the markup it draws).
 *
 *   npx tsx bench/compare-screens.ts --compare-with <built checkout> [--pages results,budget]
 *     [--out /tmp/screens] [--drawer] [--language en] [--keep]
 *     [--open <a button's name, a pattern>]
 *     (--drawer: the phone's navigation drawer, opened; --open: that button pressed first, a dialog
 *     or a menu opened; --keep: the images of identical pages too)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { findChromium, launchChromium } from '../e2e/support/chromium.js';
import { startServer } from '../e2e/support/server.js';
import { pageSpeedPages } from './benchmarks/page-speed.js';
import { seedPageSpeedWorkspace } from './lib/page-speed-workspace.js';
import { pageAddress } from './lib/seeded-sites.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const compareWith = option('compare-with', '');
if (!compareWith) throw new Error('--compare-with <built checkout> is required');
const pageNames = option('pages', 'results,overview,calendar,budget,today').split(',');
const outDirectory = option('out', '/tmp/compare-screens');
const language = option('language', 'fr');
const locale = language === 'en' ? 'en-GB' : 'fr-FR';
/** A button to press before the screenshot (a name's pattern): a dialog or a menu, opened. */
const openButton = option('open', '');
const sizes = [
  { name: 'phone', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1350, height: 940 }, isMobile: false, hasTouch: false },
];

const servers = [await startServer(), await startServer({}, path.resolve(compareWith))];
const browser = await launchChromium(findChromium() ?? '/usr/bin/chromium');
let differing = 0;
try {
  const sites = [];
  for (const server of servers)
    sites.push({ baseUrl: server.baseUrl, ...(await seedPageSpeedWorkspace(server.baseUrl)) });
  mkdirSync(outDirectory, { recursive: true });
  for (const pageName of pageNames) {
    const page = pageSpeedPages.find((candidate) => candidate.name === pageName);
    if (!page) throw new Error(`No page ${pageName}`);
    for (const size of sizes) {
      const shots: Buffer[] = [];
      for (const site of sites) {
        const context = await browser.newContext({
          viewport: size.viewport,
          isMobile: size.isMobile,
          hasTouch: size.hasTouch,
          locale,
          timezoneId: 'Europe/Paris',
          reducedMotion: 'reduce',
        });
        await context.setExtraHTTPHeaders({
          Cookie: site.cookie,
          'Accept-Language': `${locale},${language}`,
        });
        const tab = await context.newPage();
        const url = pageAddress(site, page);
        await tab.goto(url, { waitUntil: 'networkidle' });
        await tab.waitForSelector('[data-page-title], h1');
        await tab.waitForFunction(() => !document.querySelector('.mantine-Skeleton-root'));
        if (process.argv.includes('--drawer') && size.name === 'phone' && page.signedIn) {
          await tab.getByRole('button', { name: /^(ouvrir le menu|open the menu)$/i }).click();
          await tab.waitForTimeout(600);
        }
        if (openButton) {
          await tab
            .getByRole('button', { name: new RegExp(openButton, 'i') })
            .first()
            .click();
          await tab.waitForTimeout(600);
        }
        await tab.waitForTimeout(800);
        shots.push(await tab.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }));
        await context.close();
      }
      const [mine, theirs] = await Promise.all(
        shots.map((shot) => sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true })),
      );
      const label = `${pageName}-${size.name}`;
      if (!mine || !theirs) continue;
      const sameSize = mine.info.width === theirs.info.width && mine.info.height === theirs.info.height;
      let pixels = 0;
      const diff = Buffer.alloc(mine.data.length, 255);
      if (sameSize) {
        for (let index = 0; index < mine.data.length; index += 4) {
          if (mine.data.readUInt32LE(index) !== theirs.data.readUInt32LE(index)) {
            pixels += 1;
            diff.writeUInt32LE(0xff0000ff, index);
          }
        }
      }
      const verdict = sameSize
        ? `${pixels} differing pixels`
        : `sizes differ: ${mine.info.width}×${mine.info.height} vs ${theirs.info.width}×${theirs.info.height}`;
      console.log(`${label}: ${verdict}`);
      if (!sameSize || pixels > 0) differing += 1;
      if (!sameSize || pixels > 0 || process.argv.includes('--keep')) {
        writeFileSync(path.join(outDirectory, `${label}-this.png`), shots[0] as Buffer);
        writeFileSync(path.join(outDirectory, `${label}-compared.png`), shots[1] as Buffer);
        if (sameSize)
          await sharp(diff, { raw: { width: mine.info.width, height: mine.info.height, channels: 4 } })
            .png()
            .toFile(path.join(outDirectory, `${label}-diff.png`));
      }
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
}
console.log(differing === 0 ? 'identical' : `${differing} screenshots differ (see ${outDirectory})`);
