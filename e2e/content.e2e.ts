import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ContentPages } from './pages/content-pages.js';
import { signUpAndOnboard } from './pages/onboarding-page.js';
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

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

/** The local date in Paris `days` from now (the workspace's zone, whatever the machine's). */
function parisDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    Date.now() + days * 86_400_000,
  );
}

async function closeNotifications(page: Page) {
  for (const close of await page.locator('.mantine-Notification-root').getByRole('button').all())
    await close.click().catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0);
}

async function capture(page: Page, name: string) {
  await closeNotifications(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await screenshot(page, name);
}

/**
 * Issue #13 end to end: on a phone, an idea is caught from the header in a few taps; it becomes a
 * post; the post is too long for Bluesky (live counter, scheduling refused, naming Bluesky), gets
 * a shorter Bluesky version and is scheduled in the workspace's time; the calendar shows it, and
 * a drag to the next day keeps its time of day. French, then English.
 */
describe.skipIf(!chromiumPath)('content: ideas, posts and the editorial calendar', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('captures an idea on a phone, writes and schedules the post, moves it in the calendar', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const findings: AxeFinding[] = [];
    const check = async (name: string) => {
      await closeNotifications(page);
      findings.push(...(await findSeriousViolations(page, name)));
    };

    await signUpAndOnboard(
      page,
      fr,
      { name: 'Inès Moreau', email: uniqueEmail('ines'), password: 'une phrase de passe' },
      {
        kind: 'small_business',
        name: 'Boulangerie Moreau',
        networks: ['linkedin', 'bluesky'],
        hourlyRate: '35',
      },
    );
    const shell = new WorkspaceShell(page, fr);
    const content = new ContentPages(page, fr);

    // On a phone: the bulb in the header, a sentence and a link, saved.
    await page.setViewportSize(phone);
    const ideaText = 'Montrer le pétrissage du pain au levain à 4 h du matin 🥖';
    await content.captureIdea({ text: ideaText, link: 'https://boulangerie-moreau.fr/levain' });
    await capture(page, 'fr-phone-idea-capture');
    await check('idea-capture-fr');
    await content.saveCapture();
    await shell.openSection('ideas');
    await content.idea(ideaText).waitFor();
    await capture(page, 'fr-phone-ideas');
    await check('ideas-fr');

    // "Share -> Cadence" from another app (the PWA's share target) opens the same capture, filled in.
    await page.goto(
      `/share?title=${encodeURIComponent('Un article sur le levain')}&text=${encodeURIComponent('À lire https://exemple.fr/levain')}`,
    );
    await content.captureDialog.waitFor();
    expect(await content.captureDialog.getByLabel(fr.content.capture.link).inputValue()).toBe(
      'https://exemple.fr/levain',
    );
    await capture(page, 'fr-phone-share-target');
    await content.saveCapture();
    await content.idea('Un article sur le levain').waitFor();

    // One tap turns it into a draft on both networks of the strategy.
    await content.writePostFrom(ideaText);
    expect(await content.mainText.inputValue()).toBe(ideaText);
    await content.counter('bluesky').waitFor();
    await capture(page, 'fr-phone-post-editor');
    await page.setViewportSize(desktop);

    // Too long for Bluesky: the counter says so as one types, and scheduling is refused.
    const longText = `${ideaText}\n\n${'Le levain travaille toute la nuit, '.repeat(9)}`;
    await content.mainText.fill(longText);
    await expect.poll(() => content.counter('bluesky').textContent()).toMatch(/de trop/);
    expect(await content.counter('linkedin').textContent()).not.toMatch(/de trop/);
    await page.getByRole('alert').filter({ hasText: 'Trop long pour Bluesky' }).waitFor();
    expect(await content.scheduleButton.isDisabled()).toBe(true);
    await capture(page, 'fr-desktop-post-too-long');
    await check('post-too-long-fr');

    // A short Bluesky version; the post is scheduled on the workspace's clock.
    await content.adaptFor('Bluesky', `${ideaText} #levain`);
    await expect.poll(() => content.scheduleButton.isDisabled()).toBe(false);
    const day = parisDate(2);
    await content.schedule(day, '10:30');
    expect(await content.scheduledFor.textContent()).toContain('10:30');
    await capture(page, 'fr-desktop-post-scheduled');
    await check('post-scheduled-fr');

    // The calendar shows it on its day; dragged to the next day, it keeps 10:30.
    await shell.openSection('calendar');
    await content.waitForCalendar();
    await expect.poll(() => content.events(day, 'pétrissage').count()).toBe(1);
    expect(await content.events(day, 'pétrissage').textContent()).toContain('10:30');
    await content.weekProgress('linkedin').waitFor();
    await content.balanceHeading.waitFor();
    const nextDay = parisDate(3);
    await capture(page, 'fr-desktop-calendar-before-drag');
    expect(await content.dragToDay(content.events(day, 'pétrissage'), nextDay)).toBe(200);
    await expect.poll(() => content.events(nextDay, 'pétrissage').count()).toBe(1);
    expect(await content.events(nextDay, 'pétrissage').textContent()).toContain('10:30');
    const posts = await page.evaluate(
      async (workspaceId) => (await fetch(`/api/workspaces/${workspaceId}/posts`)).json(),
      shell.workspaceId(),
    );
    expect(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Paris',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(posts[0].scheduledAt)),
    ).toBe('10:30');
    await capture(page, 'fr-desktop-calendar');
    await check('calendar-fr');
    // The posting slots open from the calendar, none set yet, and close again.
    await page.getByRole('button', { name: fr.content.calendar.slots }).click();
    const slots = page.getByRole('dialog', { name: fr.content.slots.title });
    await slots.getByText(fr.content.slots.empty).waitFor();
    await page.keyboard.press('Escape');
    await slots.waitFor({ state: 'hidden' });

    // The same pages in English.
    await shell.switchLanguage('en');
    shell.useStrings(en);
    content.useStrings(en);
    await content.waitForCalendar();
    await page.getByRole('heading', { name: en.content.calendar.title }).waitFor();
    await capture(page, 'en-desktop-calendar');
    await check('calendar-en');

    // On a phone the calendar opens on its own list of the month's posts by day: FullCalendar's
    // files are neither named by the page nor fetched, until the month or the week is picked.
    await page.setViewportSize(phone);
    const gridRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/(?:content-calendar-grid|fullcalendar)-[^/]*\.(?:js|css)$/.test(request.url()))
        gridRequests.push(request.url());
    });
    await page.reload();
    await page
      .getByRole('radio', { name: en.content.calendar.list, checked: true })
      .waitFor({ state: 'attached' });
    if (nextDay.slice(0, 7) !== parisDate(0).slice(0, 7))
      await page.getByRole('button', { name: en.content.calendar.next }).click();
    const postOnList = content.listedPost(nextDay, 'pétrissage', 'en');
    await expect.poll(() => postOnList.count()).toBe(1);
    expect(await postOnList.textContent()).toContain('10:30');
    expect(await page.locator('.fc').count()).toBe(0);
    await capture(page, 'en-phone-calendar-list');
    await check('calendar-list-en');
    await postOnList.click();
    await page.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
    await page.goBack();
    await content.calendarList.waitFor();
    // Two months on, nothing is scheduled: the list says so.
    await page.getByRole('button', { name: en.content.calendar.next }).click();
    await page.getByRole('button', { name: en.content.calendar.next }).click();
    await page.getByText(en.content.calendar.empty).waitFor();
    await capture(page, 'en-phone-calendar-empty');
    expect(gridRequests).toEqual([]);
    // The month, picked on the phone, brings FullCalendar.
    await page.getByText(en.content.calendar.month, { exact: true }).click();
    await content.waitForCalendar();
    expect(gridRequests.length).toBeGreaterThan(0);
    await page.setViewportSize(desktop);
    await shell.openSection('ideas');
    await content.idea(ideaText).waitFor();
    await page.setViewportSize(phone);
    await capture(page, 'en-phone-ideas');
    await page.setViewportSize(desktop);
    await shell.openSection('posts');
    await page.getByTestId('post-row').first().waitFor();
    await capture(page, 'en-desktop-posts');
    await check('posts-en');
    // On a phone the filters wait behind one button that counts them, so the posts come first.
    await page.setViewportSize(phone);
    const filters = page.getByRole('button', { name: en.common.filters, exact: true });
    await filters.waitFor();
    expect(await page.getByLabel(en.content.ideas.status).count()).toBe(0);
    await filters.click();
    await page.getByLabel(en.content.ideas.status).click();
    await page.getByRole('option', { name: en.content.posts.statuses.draft }).click();
    await page.getByText(en.content.posts.noMatch).waitFor();
    await page.getByRole('button', { name: 'Filters (1 on)', expanded: true }).waitFor();
    await capture(page, 'en-phone-posts-filtered');
    await check('posts-filtered-phone-en');
    await page.getByLabel(en.content.ideas.status).click();
    await page.getByRole('option', { name: en.content.posts.statuses.scheduled }).click();
    await page.getByTestId('post-row').first().waitFor();

    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('keeps what is being typed when the post changes elsewhere and comes back', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    await signUpAndOnboard(
      page,
      fr,
      { name: 'Hugo Petit', email: uniqueEmail('hugo'), password: 'une phrase de passe' },
      { kind: 'freelancer', name: 'Hugo Conseil', networks: ['linkedin'], hourlyRate: '50' },
    );
    const shell = new WorkspaceShell(page, fr);
    const content = new ContentPages(page, fr);
    const base = `/api/workspaces/${shell.workspaceId()}/posts`;
    const post = await callApi(page, 'POST', base, {
      text: 'Premier jet',
      versions: [{ network: 'linkedin', text: null }],
    });
    expect(post.status).toBe(201);
    await page.goto(`/w/${shell.workspaceId()}/posts/${post.json.id}`);
    await expect.poll(() => content.mainText.inputValue()).toBe('Premier jet');

    // Typed, not saved yet; meanwhile the link is added from elsewhere (a teammate, another tab).
    await content.mainText.fill('Premier jet, repris à la main');
    const teammate = await callApi(page, 'PATCH', `${base}/${post.json.id}`, {
      link: 'https://exemple.fr/atelier',
    });
    expect(teammate.status).toBe(200);
    // An idea caught from the header refreshes every content view, this post's too.
    await content.captureIdea({ text: 'Une idée en passant' });
    await content.saveCapture();
    const link = page.getByLabel(fr.content.editor.link, { exact: true });
    await expect.poll(() => link.inputValue()).toBe('https://exemple.fr/atelier');
    expect(await content.mainText.inputValue()).toBe('Premier jet, repris à la main');

    expect(errors).toEqual([]);
    await context.close();
  });
});
