import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { desktop, phone, screenshot, strings } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import { seedWorkspace } from './support/seed-workspace.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

/*
 * Some workspace pages are sent with their first view drawn: the frame's header and the page's
 * heading, rendered at build time with the app's components (scripts/write-first-views.tsx). It
 * must sit exactly where the app then draws the page, or the page jumps when React takes over.
 */

let browser: Browser;
/** One person per language: the app follows the profile's language once it has loaded it. */
const seeded: Record<'fr' | 'en', { cookie: string; workspaceId: string }> = {
  fr: { cookie: '', workspaceId: '' },
  en: { cookie: '', workspaceId: '' },
};

type Measures = { title: string; subtitle: string; brand: string; headings: number; lang: string };

/** Where the heading, its subtitle and the brand are, and what they say. */
function measure(page: Page): Promise<Measures> {
  return page.evaluate<Measures>(`(() => {
    const box = (element) => {
      const rect = element.getBoundingClientRect();
      return [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
    };
    const title = document.querySelector('main h1');
    return {
      title: box(title) + ' ' + title.textContent,
      subtitle: box(title.nextElementSibling) + ' ' + title.nextElementSibling.textContent,
      brand: box(document.querySelector('header a[href="/"]')),
      headings: document.querySelectorAll('h1').length,
      lang: document.documentElement.lang,
    };
  })()`);
}

async function open(
  path: string,
  locale: 'fr-FR' | 'en-US',
  viewport: typeof phone,
  javaScriptEnabled: boolean,
) {
  const errors: string[] = [];
  const scripted = await browser.newContext({
    baseURL: baseUrl,
    locale,
    timezoneId: 'Europe/Paris',
    viewport,
    javaScriptEnabled,
  });
  const [name, value] = seeded[locale === 'fr-FR' ? 'fr' : 'en'].cookie.split(';')[0]?.split('=') ?? [];
  await scripted.addCookies([{ name: String(name), value: String(value), url: baseUrl }]);
  const tab = await scripted.newPage();
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(path, { waitUntil: 'load' });
  if (javaScriptEnabled) await tab.waitForSelector('[data-page-title]');
  return { context: scripted, page: tab, errors };
}

describe.skipIf(!chromiumPath)('the first view of a workspace page', () => {
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
    for (const language of ['fr', 'en'] as const) {
      seeded[language] = await seedWorkspace(baseUrl, `first-view-${language}`);
      const profile = await fetch(`${baseUrl}/api/me`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', origin: baseUrl, cookie: seeded[language].cookie },
        body: JSON.stringify({ locale: language }),
      });
      expect(profile.ok).toBe(true);
    }
  });
  afterAll(() => browser?.close());

  for (const [section, locale, viewport] of [
    ['regularity', 'fr-FR', phone],
    ['budget', 'en-US', desktop],
    ['calendar', 'fr-FR', desktop],
  ] as const) {
    it(`is drawn before any script, where the app draws it: /${section}, ${locale}, ${viewport.width} px`, async () => {
      const path = `/w/${seeded[locale === 'fr-FR' ? 'fr' : 'en'].workspaceId}/${section}`;
      const before = await open(path, locale, viewport, false);
      const first = await measure(before.page);
      await screenshot(before.page, `first-view-${section}-${viewport.width}`);
      await before.context.close();

      const after = await open(path, locale, viewport, true);
      const drawn = await measure(after.page);
      await after.context.close();

      const language = locale === 'fr-FR' ? 'fr' : 'en';
      expect(first.lang).toBe(language);
      expect(first.title).toMatch(/ \S/);
      expect(first).toEqual({ ...drawn, lang: language });
      expect(drawn.headings).toBe(1);
      expect(after.errors).toEqual([]);
    });
  }

  it('is the page’s own heading in the visitor’s language', async () => {
    const { context, page } = await open(`/w/${seeded.fr.workspaceId}/budget`, 'fr-FR', phone, false);
    const first = await measure(page);
    await context.close();
    expect(first.title).toContain(strings.fr.budget.title);
    expect(first.subtitle).toContain(strings.fr.budget.subtitle);
  });
});
