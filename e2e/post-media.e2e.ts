import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { PostMediaPage } from './pages/post-media-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import { desktop, openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

async function closeNotifications(page: Page) {
  for (const close of await page.locator('.mantine-Notification-root').getByRole('button').all())
    await close.click().catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0);
}

async function capture(page: Page, name: string) {
  await closeNotifications(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await screenshot(page, name);
}

/** A photo-like JPEG (a gradient with a sun), as a phone would send it. */
async function photo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f59f00"/><stop offset="1" stop-color="#1c7ed6"/></linearGradient></defs>
    <rect width="2400" height="1600" fill="url(#sky)"/><circle cx="1700" cy="500" r="260" fill="#fff3bf"/>
    <rect y="1150" width="2400" height="450" fill="#2b8a3e"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/**
 * Issue #13, images and threads: a post gets a photo whose missing alt text is flagged until it
 * is written; its Bluesky version becomes a three-part thread, written and reordered from the
 * keyboard; the by-hand panel offers each part to copy and the photo made to fit Bluesky. The
 * built app installs its service worker and opens offline. French and English, desktop and phone.
 */
describe.skipIf(!chromiumPath)('content: post images, threads and the installable app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('attaches a described image, writes a three-part thread, and works offline', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const findings: AxeFinding[] = [];
    const check = async (name: string) => {
      await closeNotifications(page);
      findings.push(...(await findSeriousViolations(page, name)));
    };

    await signUpAndOnboard(
      page,
      fr,
      { name: 'Léa Martin', email: uniqueEmail('lea'), password: 'une phrase de passe' },
      { kind: 'small_business', name: 'Fleurs de Léa', networks: ['linkedin', 'bluesky'], hourlyRate: '30' },
    );
    const shell = new WorkspaceShell(page, fr);
    const editor = new PostMediaPage(page, fr);

    await shell.openSection('posts');
    await editor.newPost();
    await editor.mainText.fill('Les pivoines sont arrivées : trois jours de floraison à la boutique 🌸');

    // A photo: uploaded, shown, its missing alt text flagged in the editor and before scheduling.
    expect(
      await editor.attachToPost({ name: 'pivoines.jpg', mimeType: 'image/jpeg', buffer: await photo() }),
    ).toBe(201);
    await editor.images().first().waitFor();
    await editor.noAltTextBadge.waitFor();
    expect(await editor.scheduleWarning.textContent()).toMatch(/texte alternatif/);
    expect(await editor.save()).toBe(200);
    await capture(page, 'fr-desktop-post-image-without-alt-text');
    await check('post-image-fr');

    expect(await editor.describeImage(1, 'Un bouquet de pivoines roses sur le comptoir')).toBe(200);
    await editor.noAltTextBadge.waitFor({ state: 'detached' });
    await editor.scheduleWarning.waitFor({ state: 'detached' });

    // A thread on Bluesky, from the keyboard: Ctrl+Enter adds a part, Alt+↑ moves it up.
    await editor.addThreadPart('Bluesky');
    await editor.threadPart('Bluesky', 2).waitFor();
    await page.keyboard.type('Ouvert du mardi au samedi, 9 h – 19 h.');
    await page.keyboard.press('Control+Enter');
    await editor.threadPart('Bluesky', 3).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Trois variétés cette semaine : Sarah Bernhardt, Coral Charm, Duchesse.');
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => editor.threadPart('Bluesky', 2).inputValue())
      .toBe('Trois variétés cette semaine : Sarah Bernhardt, Coral Charm, Duchesse.');
    expect(await editor.threadPart('Bluesky', 3).inputValue()).toBe('Ouvert du mardi au samedi, 9 h – 19 h.');
    expect(await editor.threadParts('bluesky').count()).toBe(2);
    expect(await editor.save()).toBe(200);
    await capture(page, 'fr-desktop-thread');
    await check('thread-fr');

    const post = await page.evaluate(
      async (url) => (await fetch(url)).json(),
      page.url().replace('/w/', '/api/workspaces/'),
    );
    const bluesky = post.versions.find((version: { network: string }) => version.network === 'bluesky');
    expect(bluesky.thread.map((part: { text: string }) => part.text)).toEqual([
      'Trois variétés cette semaine : Sarah Bernhardt, Coral Charm, Duchesse.',
      'Ouvert du mardi au samedi, 9 h – 19 h.',
    ]);
    expect(post.media[0]).toMatchObject({ altText: 'Un bouquet de pivoines roses sur le comptoir' });

    // By hand: each part ready to copy, and the photo as Bluesky takes it, to download.
    await editor.copyPartButton('bluesky', 3).waitFor();
    const download = editor.downloadLink('bluesky', 'Bluesky', 1);
    const href = (await download.getAttribute('href')) ?? '';
    expect(href).toContain('network=bluesky');
    const served = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        type: response.headers.get('content-type'),
        disposition: response.headers.get('content-disposition'),
        size: (await response.arrayBuffer()).byteLength,
      };
    }, href);
    expect(served.type).toBe('image/jpeg');
    expect(served.disposition).toMatch(/^attachment; filename="pivoines\.jpg"/);
    expect(served.size).toBeLessThanOrEqual(2_000_000);
    await page.setViewportSize(phone);
    await capture(page, 'fr-phone-thread');
    await check('thread-phone-fr');

    // English.
    await shell.switchLanguage('en');
    shell.useStrings(en);
    editor.useStrings(en);
    await editor.threadPart('Bluesky', 3).waitFor();
    await capture(page, 'en-phone-thread');
    await page.setViewportSize(desktop);
    await editor.copyPartButton('bluesky', 2).waitFor();
    await capture(page, 'en-desktop-thread');
    await check('thread-en');

    // The installable app: icons in PNG, a service worker that has cached the shell.
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    const icons = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
    expect(icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons)
      expect(
        await page.evaluate(async (src) => (await fetch(src)).headers.get('content-type'), icon.src),
      ).toBe('image/png');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
    await expect.poll(() => page.evaluate(async () => Boolean(await caches.match('/index.html')))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    // The shell comes from the cache: the app itself runs (what it shows depends on the API).
    await page.waitForFunction(() => (document.getElementById('root')?.innerText.trim().length ?? 0) > 0);
    expect(await page.title()).toBe('Cadence');
    await capture(page, 'en-desktop-offline');
    await context.setOffline(false);

    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
