import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { PostEffortPanel } from './pages/post-effort-panel.js';
import { TimePage } from './pages/time-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import {
  callApi,
  desktop,
  openSession,
  phone,
  screenshot,
  strings,
  uniqueEmail,
} from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { isThisWeek } from './support/workspace-week.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

async function closeNotifications(page: Page) {
  for (const close of await page.locator('.mantine-Notification-root').getByRole('button').all())
    await close.click().catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0);
}

/**
 * Issue #15, effort linked by hand: a community manager tracked 45 minutes on a carousel without
 * the post's timer; from the time page she gives 30 of them to the published post, sees them on
 * the post (by source) and in the results' effort table; then, in English on a phone, links a
 * second entry from the post's own picker. Axe on each screen.
 */
describe.skipIf(!chromiumPath)('effort linked by hand', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('links an entry to a post from the time page and sees the minutes on the post and in the results', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const findings: AxeFinding[] = [];
    const check = async (name: string) => {
      await closeNotifications(page);
      findings.push(...(await findSeriousViolations(page, name)));
    };
    const capture = async (name: string) => {
      await closeNotifications(page);
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      await screenshot(page, name);
    };

    await signUpAndOnboard(
      page,
      fr,
      { name: 'Inès Morel', email: uniqueEmail('ines'), password: 'une phrase de passe' },
      { kind: 'freelancer', name: 'Inès Social', networks: ['linkedin'], hourlyRate: '45' },
    );
    const shell = new WorkspaceShell(page, fr);
    const base = `/api/workspaces/${shell.workspaceId()}`;

    // Two entries tracked yesterday, and a post published by hand on LinkedIn.
    const categories = await callApi(page, 'GET', `${base}/categories`);
    const categoryId = categories.json[0].id as string;
    const yesterday = new Date(Date.now() - 86_400_000);
    yesterday.setUTCHours(8, 0, 0, 0);
    const trackedOn = yesterday.getTime();
    const entries: Record<string, string> = {};
    for (const [note, minutes] of [
      ['Carrousel : maquette et textes', 45],
      ['Relecture du carrousel', 20],
    ] as const) {
      const entry = await callApi(page, 'POST', `${base}/time-entries`, {
        categoryId,
        startedAt: yesterday.toISOString().replace('.000', ''),
        durationSeconds: minutes * 60,
        note,
      });
      expect(entry.status, JSON.stringify(entry.json)).toBe(201);
      entries[note] = entry.json.id;
      yesterday.setUTCHours(yesterday.getUTCHours() + 1);
    }
    const postText = 'Cinq idées de carrousels pour présenter une offre';
    const post = await callApi(page, 'POST', `${base}/posts`, {
      text: postText,
      versions: [{ network: 'linkedin', text: null }],
    });
    expect(post.status).toBe(201);
    const published = await callApi(
      page,
      'POST',
      `${base}/posts/${post.json.id}/versions/linkedin/published`,
      {
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:77',
      },
    );
    expect(published.status).toBe(200);

    // From the time page: 30 of the 45 minutes go to the post.
    const time = new TimePage(page, fr);
    await time.open(shell.workspaceId());
    await time.showTab('entries');
    // On a Monday, yesterday is in the week before.
    if (!isThisWeek(trackedOn, 'Europe/Paris'))
      await page.getByRole('button', { name: fr.tracking.page.previous }).click();
    await time.entryRows.filter({ hasText: 'Carrousel : maquette' }).first().waitFor();
    const dialog = await time.openPostLinks('Carrousel : maquette');
    await dialog.getByText(fr.content.effort.entryModal.noLinks).waitFor();
    await time.linkToPost(postText, 30);
    await expect
      .poll(() => dialog.getByTestId('entry-links-summary').textContent())
      .toMatch(/15\s?min encore à lier/);
    await capture('fr-desktop-time-link-entry');
    await check('time-link-entry-fr');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // On the post: 30 minutes, as a linked entry, with who and when.
    const effort = new PostEffortPanel(page, fr);
    await effort.open(shell.workspaceId(), post.json.id);
    await expect.poll(() => effort.total.textContent()).toMatch(/30\s?min/);
    await expect
      .poll(() => effort.rows.first().textContent())
      .toContain(fr.content.effort.sources.linked_entry);
    expect(await effort.rows.first().textContent()).toContain('Inès Morel');
    await capture('fr-desktop-post-effort');
    await check('post-effort-fr');

    // In the results: the post's minutes beside what it earned.
    await shell.openSection('results');
    const effortTable = page.getByTestId('results-effort');
    await effortTable.waitFor();
    const postRow = effortTable.getByRole('row').filter({ hasText: postText.slice(0, 30) });
    await expect.poll(() => postRow.textContent()).toMatch(/30\s?min/);
    await capture('fr-desktop-results-effort');
    await check('results-effort-fr');

    // English, on a phone: the post's own picker links the second entry, all of it.
    await shell.switchLanguage('en');
    shell.useStrings(en);
    effort.useStrings(en);
    await page.setViewportSize(phone);
    await effort.open(shell.workspaceId(), post.json.id);
    await effort.linkEntry(/Relecture du carrousel/);
    await expect.poll(() => effort.total.textContent()).toMatch(/50\s?min/);
    await expect.poll(() => effort.rows.count()).toBe(2);
    await capture('en-phone-post-effort');
    await check('post-effort-phone-en');
    // Unlinked again from the post: back to 30 minutes.
    await effort.panel
      .getByRole('button', { name: /Unlink the entry of/ })
      .first()
      .click();
    await expect.poll(() => effort.total.textContent()).toMatch(/30\s?min/);

    await shell.openSection('results');
    await effortTable.waitFor();
    await expect.poll(() => postRow.textContent()).toMatch(/30\s?min/);
    await capture('en-phone-results-effort');
    await check('results-effort-phone-en');
    await page.setViewportSize(desktop);

    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
