import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, phone } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import { seedWorkspace } from './support/seed-workspace.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

/*
 * A signed-in member's page carries its first data (a `<script type="application/json">` the
 * server writes, server/platform/page-data-answers.ts), and the app's GET of each carried address
 * must take it instead of asking the network: none of them asked during the first load, nothing
 * asked twice, no console warning.
 */

const answersElement = /<script type="application\/json" id="cadence-page-answers">(.*?)<\/script>/;

let browser: Browser;
let seeded: { cookie: string; workspaceId: string };
/** A draft in the seeded workspace, for the editor's page. */
let postId = '';

/** Opens `path` signed in until the network is quiet; what the page carried, and what the network and console saw. */
async function visit(path: string, options: { withoutAnswers?: boolean } = {}) {
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
  let html = '';
  await page.route(`${baseUrl}${path}`, async (route) => {
    const original = await route.fetch();
    html = await original.text();
    await route.fulfill({
      response: original,
      body: options.withoutAnswers ? html.replace(answersElement, '') : html,
    });
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForSelector('[data-page-title]');
  await page.waitForLoadState('networkidle');
  await context.close();
  const carried = Object.keys(JSON.parse(answersElement.exec(html)?.[1] ?? '{}') as object);
  return { asked, messages, errors, carried };
}

describe.skipIf(!chromiumPath)('the data a workspace page carries', () => {
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
    seeded = await seedWorkspace(baseUrl, 'preloads');
    const created = await fetch(`${baseUrl}/api/workspaces/${seeded.workspaceId}/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, cookie: seeded.cookie },
      body: JSON.stringify({ text: 'Les coulisses de la collection', versions: [] }),
    });
    expect(created.status).toBe(201);
    postId = ((await created.json()) as { id: string }).id;
  });
  afterAll(() => browser?.close());

  it('would see the page ask for what it should have carried (the check can fail), and still draw', async () => {
    const { asked, carried, errors } = await visit(`/w/${seeded.workspaceId}/routine`, {
      withoutAnswers: true,
    });
    expect(carried.length).toBeGreaterThan(5);
    // All of it, but the calendar's week: a phone opens on three days (the page carries both).
    const notAsked = carried.filter((address) => !asked.includes(address));
    expect(notAsked).toHaveLength(1);
    expect(notAsked[0]).toMatch(/\/routine\/occurrences\?/);
    expect(errors).toEqual([]);
  });

  // The editor's post is made in beforeAll: its address is known once the test runs.
  const sections = ['routine', '', 'time', 'today', 'posts', 'calendar', 'batch', 'posts/:post'];
  for (const section of [...sections, 'review?week=2026-11-11', 'members', 'connections']) {
    it(`is read from the page, not asked of the network: /${section || '(overview)'}`, async () => {
      const path = section.replace(':post', postId);
      const { asked, messages, errors, carried } = await visit(
        `/w/${seeded.workspaceId}${path ? `/${path}` : ''}`,
      );
      // The page's own data is among it, not only the frame's (the editor's post, the week asked for).
      if (section === 'posts/:post')
        expect(carried).toContain(`/api/workspaces/${seeded.workspaceId}/posts/${postId}`);
      if (section.startsWith('review'))
        expect(carried).toContain(`/api/workspaces/${seeded.workspaceId}/review?week=2026-11-11`);
      expect(carried.length).toBeGreaterThan(5);
      expect(carried).toContain('/api/session');
      expect(asked.filter((url) => carried.includes(url))).toEqual([]);
      // Nothing the page asks for twice (the routine's first range was asked twice before).
      expect(asked.filter((url, index) => asked.indexOf(url) !== index)).toEqual([]);
      expect(messages).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
