import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OnboardingPage } from './pages/onboarding-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { RoutinePage } from './pages/routine-page.js';
import { TodayPage } from './pages/today-page.js';
import { WorkspaceShell, watchForBlankMain } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import { desktop, openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { weekStartsAt } from './support/workspace-week.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

/** Notifications fade in and out: axe would measure them half-transparent, screenshots catch them. */
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

async function api<T>(page: Page, path: string, init?: { method: string; body?: unknown }): Promise<T> {
  return page.evaluate(
    async ({ url, init }) => {
      const response = await fetch(url, {
        method: init?.method ?? 'GET',
        credentials: 'same-origin',
        headers: init?.body ? { 'content-type': 'application/json' } : {},
        body: init?.body ? JSON.stringify(init.body) : null,
      });
      return response.status === 204 ? null : response.json();
    },
    { url: path, init },
  );
}

/**
 * Counts the person's clicks across page loads of the tab: trusted ones only, and a click on a
 * label that the browser passes on to its input (the same instant) counts once.
 */
async function countClicks(page: Page) {
  await page.context().addInitScript(() => {
    let last = -1;
    document.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted || event.timeStamp - last < 40) return;
        last = event.timeStamp;
        sessionStorage.setItem('e2e-clicks', String(Number(sessionStorage.getItem('e2e-clicks') ?? 0) + 1));
      },
      true,
    );
  });
  return async () => Number(await page.evaluate(() => sessionStorage.getItem('e2e-clicks') ?? 0));
}

/** The minutes of the overview's "5 h 35 suivies sur 6 h de budget" (NaN for anything else). */
function trackedMinutes(weekTotal: string): number {
  const match = weekTotal.match(/^(?:(\d+) h(?: (\d+))?|(\d+) min) suivies sur 6 h de budget$/);
  if (!match) return Number.NaN;
  return match[3] ? Number(match[3]) : Number(match[1]) * 60 + Number(match[2] ?? 0);
}

/**
 * Issue #11, the first five minutes and the first week: a newcomer gets from `/` to a planned week
 * in at most 12 clicks; the overview leads the way and then shows the week's figures; a routine
 * generated mid-week is seen whole at once; done on Today stops the block's timer.
 */
describe.skipIf(!chromiumPath)('the first week', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('leads a newcomer from / to a planned week, then tells the truth about it (French, desktop and phone)', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const findings: AxeFinding[] = [];
    const check = async (name: string) => {
      await closeNotifications(page);
      findings.push(...(await findSeriousViolations(page, name)));
    };
    const clicks = await countClicks(page);

    // A first visit to / opens the sign-up form.
    await page.goto('/');
    await page.getByLabel(fr.auth.name).fill('Camille Roux');
    await page.getByLabel(fr.auth.email).fill(uniqueEmail('camille'));
    await page.getByRole('textbox', { name: fr.auth.password }).fill('une phrase de passe');
    await page.getByRole('button', { name: fr.auth.submitSignUp, exact: true }).click();
    const onboarding = new OnboardingPage(page, fr);
    await onboarding.waitUntilShown();
    const wasMainBlank = await watchForBlankMain(page);
    await onboarding.complete({
      kind: 'small_business',
      name: 'Fleurs de Camille',
      networks: ['instagram'],
      hourlyRate: '30',
      preset: 'essential6',
    });

    // The overview: no placeholder, a checklist of the method whose next step is the strategy.
    const overview = new OverviewPage(page, fr);
    const shell = new WorkspaceShell(page, fr);
    const workspaceId = shell.workspaceId();
    await overview.card('setup').waitFor();
    // Titled by the workspace from its first frame: never a blank page after the onboarding.
    expect(await wasMainBlank()).toBe(false);
    expect(await page.getByText('arrivent bientôt').count()).toBe(0);
    await overview.step('routine').waitFor();
    await overview.card('week').getByTestId('overview-week-total').waitFor();
    expect(await overview.weekTotal()).toBe('0 min suivies sur 6 h de budget');
    await capture(page, 'fr-desktop-overview-new');
    await check('overview-new-fr');

    // The routine step leads to the routine page; the reference week shows whole at once.
    await overview.goToStep('routine').click();
    const routine = new RoutinePage(page, fr);
    await routine.heading.waitFor();
    await routine.generateReferenceWeek();
    const dates = await routine.shownDates();
    // Whatever today is, the week on screen holds the whole routine: replies every weekday.
    await expect
      .poll(async () => {
        const counts = await Promise.all(
          (await routine.shownDates())
            .slice(0, 5)
            .map((date) => routine.events(date, 'Communication').count()),
        );
        return counts.every((count) => count === 1);
      })
      .toBe(true);
    expect(dates).toHaveLength(7);
    await routine.createFeedUrl();
    const used = await clicks();
    console.info(`[first week] clicks from / to a planned week with its calendar link: ${used}`);
    expect(used).toBeLessThanOrEqual(12);
    await capture(page, 'fr-desktop-routine-generated');

    // On a phone the three days shown also belong to the routine's first full week.
    await page.setViewportSize(phone);
    await expect.poll(async () => (await routine.shownDates()).length).toBe(3);
    // The columns are laid out again after the resize settles (FullCalendar measures them).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('td.fc-timegrid-col[data-date], .routine-grid-day[data-date]')].every(
        (cell) => cell.getBoundingClientRect().width > 60,
      ),
    );
    const phoneDates = await routine.shownDates();
    expect(await routine.events(phoneDates[0] ?? '', 'Communication').count()).toBe(1);
    await capture(page, 'fr-phone-routine-generated');
    await check('routine-generated-fr-phone');
    await page.setViewportSize(desktop);

    // A block today, whatever the weekday, to work on.
    const today = await api<{ date: string }>(page, `/api/workspaces/${workspaceId}/routine/today`);
    const weekday = ((new Date(`${today.date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const categories = await api<{ id: string; referenceKey: string | null }[]>(
      page,
      `/api/workspaces/${workspaceId}/categories`,
    );
    const veille = categories.find((category) => category.referenceKey === 'veille');
    await api(page, `/api/workspaces/${workspaceId}/routine/blocks`, {
      method: 'POST',
      body: {
        weekdays: [weekday],
        startTime: '06:00',
        durationMinutes: 30,
        categoryId: veille?.id,
        startsOn: today.date,
      },
    });
    await api(page, `/api/workspaces/${workspaceId}/routine/blocks`, {
      method: 'POST',
      body: {
        weekdays: [weekday],
        startTime: '21:00',
        durationMinutes: 30,
        categoryId: veille?.id,
        startsOn: today.date,
      },
    });

    // Today: start the first block, then the second says it stops the first.
    const todayPage = new TodayPage(page, fr);
    await shell.openSection('today');
    await todayPage.heading.waitFor();
    const cards = page.getByRole('main').getByRole('article');
    await todayPage.startButtons.first().click();
    await todayPage.stopTimerButton.waitFor();
    await cards
      .first()
      .getByText(fr.routine.today.timerRunning.split(' ·')[0] as string)
      .waitFor();
    await todayPage.startButtons.first().click();
    const switchDialog = page.getByRole('dialog', { name: fr.routine.today.switchTitle });
    await switchDialog.waitFor();
    await capture(page, 'fr-desktop-today-switch');
    await check('today-switch-fr');
    await switchDialog.getByRole('button', { name: fr.routine.today.switchConfirm }).click();
    await switchDialog.waitFor({ state: 'hidden' });
    await cards.first().getByText(fr.routine.today.timerPaused).waitFor();
    await cards.first().getByRole('button', { name: fr.routine.today.resumeBlock }).waitFor();
    await capture(page, 'fr-desktop-today-two-blocks');

    // Done stops the running block's timer and records its time.
    await cards.nth(1).getByRole('button', { name: fr.routine.today.done }).click();
    await todayPage.stopTimerButton.waitFor({ state: 'hidden' });
    const timer = await api<{ running: unknown }>(page, `/api/workspaces/${workspaceId}/timer`);
    expect(timer.running).toBeNull();
    await page.setViewportSize(phone);
    await capture(page, 'fr-phone-today');
    await check('today-fr-phone');
    await page.setViewportSize(desktop);

    // The resume button starts the last entry again; the header stop on a block marks it done.
    await page
      .getByRole('button', { name: new RegExp(`^${fr.routine.timer.resumeShort}`) })
      .first()
      .click();
    await todayPage.stopTimerButton.waitFor();
    expect(await page.title()).toMatch(/^0:00:0\d · /);
    await page.keyboard.press('s');
    await todayPage.stopTimerButton.waitFor({ state: 'hidden' });

    // A timer forgotten for hours is not stopped at "now": the stop button asks how much to keep.
    await page.keyboard.press('s');
    await todayPage.stopTimerButton.waitFor();
    const { running } = await api<{ running: { id: string } }>(page, `/api/workspaces/${workspaceId}/timer`);
    const forgottenSince = Math.floor((Date.now() - 5 * 3_600_000) / 60_000) * 60_000;
    await api(page, `/api/workspaces/${workspaceId}/time-entries/${running.id}`, {
      method: 'PATCH',
      // On a whole minute: the cut-back's proposed end is typed to the minute.
      body: { startedAt: new Date(forgottenSince).toISOString() },
    });
    await page.reload();
    await todayPage.stopTimerButton.click();
    const cutBack = page.getByRole('dialog').filter({ hasText: fr.routine.timer.endedAt });
    await cutBack.waitFor();
    await capture(page, 'fr-desktop-forgotten-stop');
    // The end's date is picked in a French calendar that opens inside the question, not over it.
    await cutBack.getByLabel(fr.tracking.entryForm.date).click();
    await cutBack.locator('button[data-selected]').click();
    await cutBack.locator('button[data-selected]').waitFor({ state: 'hidden' });
    await cutBack.getByRole('button', { name: fr.routine.timer.cutBack }).click();
    await todayPage.stopTimerButton.waitFor({ state: 'hidden' });
    const entries = await api<{ entries: { id: string; durationSeconds: number }[] }>(
      page,
      `/api/workspaces/${workspaceId}/time-entries?origin=timer&pageSize=50`,
    );
    // Cut back to the start + the workspace’s limit (4 h), not the 5 h it ran.
    expect(entries.entries.find((entry) => entry.id === running.id)?.durationSeconds).toBe(4 * 3600);

    // An hour and a half tracked this week: the overview shows the week's figures.
    const hourAndHalfSince = Date.now() - 3 * 3600_000;
    await api(page, `/api/workspaces/${workspaceId}/time-entries`, {
      method: 'POST',
      body: {
        categoryId: veille?.id,
        startedAt: new Date(hourAndHalfSince).toISOString(),
        durationSeconds: 5400,
      },
    });
    await shell.openSection('home');
    await overview.card('week').getByTestId('overview-week-total').waitFor();
    // The week counts each entry's part inside it (Paris): in the first hours of a Monday, some or
    // all of the 4 h cut back and of the hour and a half fell in the week before. The blocks
    // started and stopped above add a few minutes.
    const weekStart = weekStartsAt(Date.now(), 'Europe/Paris');
    const minutesInWeek = (since: number, minutes: number) =>
      Math.max(0, since + minutes * 60_000 - Math.max(since, weekStart)) / 60_000;
    const expected = Math.floor(minutesInWeek(forgottenSince, 240) + minutesInWeek(hourAndHalfSince, 90));
    await expect
      .poll(async () => trackedMinutes(await overview.weekTotal()))
      .toBeGreaterThanOrEqual(expected);
    expect(trackedMinutes(await overview.weekTotal())).toBeLessThan(expected + 10);
    await overview.card('kept').waitFor();
    await overview.card('now').waitFor();
    await capture(page, 'fr-desktop-overview-week');
    await check('overview-week-fr');
    await page.setViewportSize(phone);
    await capture(page, 'fr-phone-overview-week');
    await check('overview-week-fr-phone');

    expect(findings).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the demo bakery’s whole method, and an agency view without it (English, phone and desktop)', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, {
      locale: 'en-US',
      viewport: phone,
    });
    const findings: AxeFinding[] = [];
    const check = async (name: string) => {
      await closeNotifications(page);
      findings.push(...(await findSeriousViolations(page, name)));
    };
    await page.goto('/sign-up');
    await page.getByLabel(en.auth.name).fill('Sam Lee');
    await page.getByLabel(en.auth.email).fill(uniqueEmail('sam'));
    await page.getByRole('textbox', { name: en.auth.password }).fill('a long pass phrase');
    await page.getByRole('button', { name: en.auth.submitSignUp, exact: true }).click();
    await new OnboardingPage(page, en).complete({
      kind: 'agency',
      name: 'Sam Studio',
      networks: ['linkedin'],
      hourlyRate: '50',
      preset: 'low10',
    });
    const studioId = new WorkspaceShell(page, en).workspaceId();
    const second = await api<{ id: string }>(page, '/api/workspaces', {
      method: 'POST',
      body: { name: 'Client Café', timeZone: 'Europe/Paris', currency: 'EUR', locale: 'en' },
    });
    const demo = await api<{ workspaceId: string }>(page, '/api/demo-workspace', {
      method: 'POST',
      body: {},
    });
    expect(second.id).toBeTruthy();

    await page.goto(`/w/${demo.workspaceId}`);
    const overview = new OverviewPage(page, en);
    await overview.card('week').getByTestId('overview-week-total').waitFor();
    await overview.card('kept').waitFor();
    // The demo has a strategy, a budget, a routine and time: no checklist, but figures.
    expect(await overview.card('setup').count()).toBe(0);
    await capture(page, 'en-phone-overview-demo');
    await check('overview-demo-en-phone');
    await page.setViewportSize(desktop);
    await capture(page, 'en-desktop-overview-demo');

    // The agency view lists the two real workspaces, never the demo.
    await overview.card('agency').waitFor();
    const agency = (await overview.card('agency').textContent()) ?? '';
    expect(agency).toContain('Sam Studio');
    expect(agency).toContain('Client Café');
    expect(agency).not.toContain('Martin Bakery');

    // The demo's strategy and Today are filled in.
    await page.goto(`/w/${demo.workspaceId}/strategy`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await capture(page, 'en-desktop-strategy-demo');
    await page.goto(`/w/${demo.workspaceId}/routine`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await capture(page, 'en-desktop-routine-demo');
    await page.goto(`/w/${studioId}`);
    await overview.card('setup').waitFor();

    expect(findings).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
