import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { RoutinePage } from './pages/routine-page.js';
import { RushWeekPage } from './pages/rush-week-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import {
  desktop,
  openSession,
  phone,
  type Strings,
  screenshot,
  strings,
  uniqueEmail,
} from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

/** A locator's count once two reads a second apart agree. */
async function stableCount(locator: Locator): Promise<number> {
  let previous = -1;
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const count = await locator.count();
    if (count === previous) return count;
    previous = count;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('The calendar never settled');
}

async function capture(page: Page, name: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await screenshot(page, name);
}

/**
 * Issue #16's rush mode end to end: with the reference routine, one switch shrinks the week shown
 * in the calendar (rush-marked short blocks, the rest skipped and explained) and turning it off
 * gives the plan back; the overview's switch puts this week in rush mode and Today says so, with
 * the notebook's ideas for LinkedIn's empty slot, one click making a draft there; the regularity
 * page marks the week.
 * French on a desktop, English on a phone.
 */
describe.skipIf(!chromiumPath)('rush mode', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const run of [
    { language: 'fr' as const, locale: 'fr-FR' as const, viewport: desktop, device: 'desktop' },
    { language: 'en' as const, locale: 'en-US' as const, viewport: phone, device: 'phone' },
  ]) {
    it(`turns rush mode on and off (${run.language}, ${run.device})`, async () => {
      const t: Strings = strings[run.language];
      const { page, context, errors } = await openSession(browser, baseUrl, {
        locale: run.locale,
        viewport: run.viewport,
      });
      const findings: AxeFinding[] = [];
      const shot = (name: string) => capture(page, `${run.language}-${run.device}-rush-${name}`);

      await signUpAndOnboard(
        page,
        t,
        { name: 'Noé Petit', email: uniqueEmail('noe'), password: 'une phrase de passe' },
        {
          kind: 'freelancer',
          name: run.language === 'fr' ? 'Atelier Petit' : 'Petit Studio',
          networks: ['linkedin'],
          hourlyRate: '40',
        },
      );
      const shell = new WorkspaceShell(page, t);
      const workspaceId = shell.workspaceId();
      const rush = new RushWeekPage(page, t);

      await page.goto(`/w/${workspaceId}/routine`);
      const routine = new RoutinePage(page, t);
      await routine.heading.waitFor();
      await routine.waitForCalendar();
      if (run.device === 'phone') {
        await page.getByRole('main').getByRole('button', { name: t.routine.page.actions }).click();
        await page.getByRole('menuitem', { name: t.routine.page.generate }).click();
        await page.getByText(t.routine.page.generated).first().waitFor();
      } else {
        await routine.generateReferenceWeek();
      }
      // The calendar opens on the routine's first full week (this one or the next); the desktop
      // steps on to a whole coming week, the phone keeps its three days from that first week.
      if (run.device === 'desktop') await routine.showNextWeek();
      await rush.routineSwitch.waitFor({ state: 'attached' });
      // The week's events all drawn before counting them (the phone's first render comes in steps).
      await expect.poll(() => page.locator('.routine-event').count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(await rush.rushEvents.count()).toBe(0);
      // On a loaded machine the phone's calendar keeps adding events after the network is idle:
      // the count is taken once it holds for a second.
      const eventsBefore = await stableCount(page.locator('.routine-event'));

      await rush.turn(rush.routineSwitch, true);
      await expect.poll(() => rush.rushEvents.count()).toBeGreaterThan(0);
      await rush.routineSwitch.scrollIntoViewIfNeeded();
      await shot('routine-on');
      findings.push(...(await findSeriousViolations(page, `rush-routine-${run.language}`)));

      await rush.turn(rush.routineSwitch, false);
      await expect.poll(() => rush.rushEvents.count()).toBe(0);
      await expect.poll(() => page.locator('.routine-event').count()).toBe(eventsBefore);

      // LinkedIn asks three posts a week, with a slot every day (whatever today is, one is left),
      // and the notebook holds an idea for LinkedIn, one for any network and an archived one.
      const base = `/api/workspaces/${workspaceId}`;
      const linkedinIdea =
        run.language === 'fr' ? 'Les coulisses de l’atelier un lundi matin' : 'Behind the scenes on a Monday';
      const anyIdea = run.language === 'fr' ? 'Trois questions de clients' : 'Three questions from clients';
      expect(
        (
          await rush.api('PUT', `${base}/strategy/networks`, {
            networks: [{ network: 'linkedin', targetPostsPerWeek: 3, priority: 1 }],
          })
        ).status,
      ).toBe(200);
      const everyDay = [1, 2, 3, 4, 5, 6, 7];
      const slots = await rush.api('PUT', `${base}/posting-slots`, {
        slots: everyDay.flatMap((weekday) => [
          { network: 'linkedin', weekday, time: '09:00' },
          { network: 'linkedin', weekday, time: '23:55' },
        ]),
      });
      expect(slots.status).toBe(200);
      for (const idea of [
        { text: anyIdea },
        { text: linkedinIdea, network: 'linkedin' },
        { text: 'Archivée', status: 'archived' },
      ])
        expect((await rush.api('POST', `${base}/ideas`, idea)).status).toBe(201);

      // This week, from the overview; Today says the plan is cut down.
      await page.goto(`/w/${workspaceId}`);
      await rush.overviewCard.waitFor();
      await rush.turn(rush.switchIn(rush.overviewCard), true);
      await rush.overviewCard.getByText(t.rush.cardOn).waitFor();
      // The card, compact: LinkedIn's empty slot and its best idea (the one written for LinkedIn).
      const cardLine = rush.ideasFor(rush.overviewCard, 'linkedin');
      await cardLine.getByText(linkedinIdea).waitFor();
      expect(await rush.draftButtons(cardLine).count()).toBe(1);
      await rush.overviewCard.scrollIntoViewIfNeeded();
      await shot('overview-on');
      findings.push(...(await findSeriousViolations(page, `rush-overview-${run.language}`)));
      await page.goto(`/w/${workspaceId}/today`);
      await rush.todayBanner.waitFor();
      const todayLine = rush.ideasFor(rush.todayBanner, 'linkedin');
      await todayLine.getByText(anyIdea).waitFor();
      expect(await rush.draftButtons(todayLine).count()).toBe(2);
      expect(await todayLine.getByText('Archivée').count()).toBe(0);
      await shot('today');
      findings.push(...(await findSeriousViolations(page, `rush-today-${run.language}`)));

      // One click: the LinkedIn idea becomes a LinkedIn draft meant for the empty slot, and the
      // editor opens on it.
      await rush.draftButtons(todayLine).first().click();
      await page.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
      const meantFor = t.content.schedule.meantFor.split('{{when}}')[0] as string;
      await page.getByTestId('scheduled-for').getByText(meantFor, { exact: false }).waitFor();
      await shot('draft');
      const posts = (await rush.api('GET', `${base}/posts`)).json as {
        text: string;
        status: string;
        scheduledAt: string | null;
        versions: { network: string }[];
      }[];
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({
        text: linkedinIdea,
        status: 'draft',
        versions: [{ network: 'linkedin' }],
      });
      expect(posts[0]?.scheduledAt).not.toBeNull();

      // Back on Today the slot holds the draft: no second draft is offered, the draft is a click away.
      await page.goto(`/w/${workspaceId}/today`);
      await rush.ideasFor(rush.todayBanner, 'linkedin').getByText(t.rush.ideas.openDraft).waitFor();
      expect(await rush.draftButtons(rush.todayBanner).count()).toBe(0);

      // The regularity page says this week is a rush week, where one post keeps the streak.
      await page.goto(`/w/${workspaceId}/regularity`);
      await page.getByTestId('regularity-rush-linkedin').waitFor();
      await shot('regularity');
      findings.push(...(await findSeriousViolations(page, `rush-regularity-${run.language}`)));
      await page.goto(`/w/${workspaceId}`);
      await rush.turn(rush.switchIn(rush.overviewCard), false);
      await rush.overviewCard.getByText(t.rush.cardOff).waitFor();
      await page.goto(`/w/${workspaceId}/today`);
      await page.getByRole('heading', { name: t.routine.today.title, level: 1 }).waitFor();
      expect(await rush.todayBanner.count()).toBe(0);

      expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }
});
