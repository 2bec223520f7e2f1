import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, phone, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

/*
 * A signed-in member's page names its first data in the page the server sends (a `Link:
 * rel=preload` header, server/platform/page-data-preloads.ts), and the app's fetch of the same
 * address must take the preloaded answer: each address asked of the network once, and no
 * "preloaded but not used" warning in the console (Chrome writes it a few seconds after the load
 * when a preload was fetched for nothing, a credentials mode or an address that differs).
 */

/** A person signed up through the API, with the 6 h budget and its reference-week routine. */
async function seedWorkspace(): Promise<{ cookie: string; workspaceId: string }> {
  const headers = (cookie?: string) => ({
    'content-type': 'application/json',
    origin: baseUrl,
    ...(cookie ? { cookie } : {}),
  });
  const account = { name: 'Camille Martin', email: uniqueEmail('preloads'), password: 'preload-check-2026' };
  expect(
    (
      await fetch(`${baseUrl}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify(account),
      })
    ).ok,
  ).toBe(true);
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  async function call(url: string, body: unknown) {
    const response = await fetch(`${baseUrl}${url}`, {
      method: 'POST',
      headers: headers(cookie),
      body: JSON.stringify(body),
    });
    expect(response.ok, url).toBe(true);
    return response.status === 204 ? null : ((await response.json()) as Record<string, unknown>);
  }
  const onboarded = await call('/api/onboarding', {
    kind: 'freelancer',
    workspace: { name: 'Atelier Martin', timeZone: 'Europe/Paris', currency: 'EUR', locale: 'fr' },
    networks: ['instagram'],
    hourlyRateCents: 4500,
  });
  const workspaceId = String(onboarded?.workspaceId);
  await call(`/api/workspaces/${workspaceId}/budget/preset`, { preset: 'essential6' });
  await call(`/api/workspaces/${workspaceId}/routine/generate/reference-week`, {
    mode: 'replace',
    dayStart: '09:00',
  });
  return { cookie, workspaceId };
}

let browser: Browser;
let seeded: { cookie: string; workspaceId: string };

/** Opens `path` signed in, waits past Chrome's "preload not used" delay; what the network and console saw. */
async function visit(path: string, options: { extraLink?: string } = {}) {
  const { context, page, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR', viewport: phone });
  const [name, value] = seeded.cookie.split(';')[0]?.split('=') ?? [];
  await context.addCookies([{ name: String(name), value: String(value), url: baseUrl }]);
  const asked: string[] = [];
  const messages: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') && request.method() === 'GET') asked.push(url.pathname + url.search);
  });
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text());
  });
  const { extraLink } = options;
  if (extraLink)
    await page.route(`${baseUrl}${path}`, async (route) => {
      const original = await route.fetch();
      const headers = original.headers();
      await route.fulfill({
        response: original,
        headers: { ...headers, link: `${headers.link}, ${extraLink}` },
      });
    });
  const response = await page.goto(path, { waitUntil: 'load' });
  const link = (await response?.allHeaders())?.link ?? '';
  await page.waitForSelector('[data-page-title]');
  // Chrome warns of an unused preload 3 s after the load event.
  await page.waitForTimeout(4500);
  await context.close();
  return { asked, messages, errors, link };
}

describe.skipIf(!chromiumPath)('the data the server preloads with a workspace page', () => {
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
    seeded = await seedWorkspace();
  });
  afterAll(() => browser?.close());

  it('would see a preload the page does not use (the check can fail)', async () => {
    const { asked, messages } = await visit(`/w/${seeded.workspaceId}/routine`, {
      extraLink: '</api/health>; rel=preload; as=fetch; crossorigin=anonymous; fetchpriority=low',
    });
    expect(asked).toContain('/api/health');
    expect(messages.filter((text) => /preload/i.test(text)).length).toBeGreaterThan(0);
  });

  for (const section of ['routine', '', 'time', 'today', 'posts', 'calendar']) {
    it(`is fetched once and used: /${section || '(overview)'}`, async () => {
      const { asked, messages, errors, link } = await visit(
        `/w/${seeded.workspaceId}${section ? `/${section}` : ''}`,
      );
      const preloaded = [...link.matchAll(/<([^>]+)>/g)].map((match) => match[1]);
      expect(preloaded.length).toBeGreaterThan(5);
      expect(preloaded).toContain('/api/session');
      for (const address of preloaded)
        expect(
          asked.filter((url) => url === address),
          address,
        ).toHaveLength(1);
      // Nothing the page asks for twice (the routine's first range was asked twice before).
      expect(asked.filter((url, index) => asked.indexOf(url) !== index)).toEqual([]);
      expect(messages.filter((text) => /preload/i.test(text))).toEqual([]);
      expect(messages).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
