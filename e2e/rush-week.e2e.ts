import type { Browser, Page } from 'playwright-core';
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

async function capture(page: Page, name: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await screenshot(page, name);
}

/**
 * Issue #16's rush mode end to end: with the reference routine, one switch shrinks the week shown
 * in the calendar (rush-marked short blocks, the rest skipped and explained) and turning it off
 * gives the plan back; the overview's switch puts this week in rush mode and Today says so.
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
      await expect.poll(() => page.locator('.fc-event').count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(await rush.rushEvents.count()).toBe(0);
      const eventsBefore = await page.locator('.fc-event').count();

      await rush.turn(rush.routineSwitch, true);
      await expect.poll(() => rush.rushEvents.count()).toBeGreaterThan(0);
      await rush.routineSwitch.scrollIntoViewIfNeeded();
      await shot('routine-on');
      findings.push(...(await findSeriousViolations(page, `rush-routine-${run.language}`)));

      await rush.turn(rush.routineSwitch, false);
      await expect.poll(() => rush.rushEvents.count()).toBe(0);
      await expect.poll(() => page.locator('.fc-event').count()).toBe(eventsBefore);

      // This week, from the overview; Today says the plan is cut down.
      await page.goto(`/w/${workspaceId}`);
      await rush.overviewCard.waitFor();
      await rush.turn(rush.switchIn(rush.overviewCard), true);
      await rush.overviewCard.getByText(t.rush.cardOn).waitFor();
      await rush.overviewCard.scrollIntoViewIfNeeded();
      await shot('overview-on');
      findings.push(...(await findSeriousViolations(page, `rush-overview-${run.language}`)));
      await page.goto(`/w/${workspaceId}/today`);
      await rush.todayBanner.waitFor();
      await shot('today');
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
