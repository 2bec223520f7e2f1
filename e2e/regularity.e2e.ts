import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { RegularityPages } from './pages/regularity-pages.js';
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
 * Issue #16 end to end: a new workspace with posting targets and nothing planned. The overview
 * warns before the gap, the regularity page says when silence starts, the morning check (every
 * minute on the test server) rings the bell, the centre leads to the subject and marks it read,
 * and the account page holds the notification choices. French on a desktop, English on a phone.
 */
describe.skipIf(!chromiumPath)('regularity and notifications', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const run of [
    { language: 'fr' as const, locale: 'fr-FR' as const, viewport: desktop, device: 'desktop' },
    // A touch screen: the bell has no tooltip there, its popover must still open under it.
    { language: 'en' as const, locale: 'en-US' as const, viewport: phone, device: 'phone', touch: true },
  ]) {
    it(`warns before a gap and rings the bell (${run.language}, ${run.device})`, async () => {
      const t: Strings = strings[run.language];
      const { page, context, errors } = await openSession(browser, baseUrl, {
        locale: run.locale,
        viewport: run.viewport,
        touch: 'touch' in run,
      });
      const findings: AxeFinding[] = [];
      const shot = (name: string) => capture(page, `${run.language}-${run.device}-${name}`);

      await signUpAndOnboard(
        page,
        t,
        { name: 'Jade Roux', email: uniqueEmail('jade'), password: 'une phrase de passe' },
        {
          kind: 'freelancer',
          name: run.language === 'fr' ? 'Atelier Roux' : 'Roux Studio',
          networks: ['linkedin', 'instagram'],
          hourlyRate: '40',
        },
      );
      const shell = new WorkspaceShell(page, t);
      const regularity = new RegularityPages(page, t);
      const workspaceId = shell.workspaceId();
      await regularity.setTargets(workspaceId, [
        { network: 'linkedin', targetPostsPerWeek: 3 },
        { network: 'instagram', targetPostsPerWeek: 1 },
      ]);

      // The overview warns first: nothing is planned, so both networks need a post today.
      await page.goto(`/w/${workspaceId}`);
      await regularity.card.waitFor();
      await regularity.gapOf('linkedin').waitFor();
      expect(await regularity.gapOf('linkedin').textContent()).toBe(t.regularity.gap.comingToday);
      await shot('overview-regularity-card');
      findings.push(...(await findSeriousViolations(page, `overview-${run.language}`)));

      await regularity.openRegularity(workspaceId);
      await page.getByTestId('regularity-instagram').waitFor();
      // Eight weeks drawn with the target, and the same weeks as a table for screen readers.
      await regularity.historyChart(t.networks.linkedin).waitFor();
      expect(await regularity.historyChart(t.networks.linkedin).textContent()).toContain(
        t.regularity.historyTargetValue.replace('{{target}}', '3'),
      );
      expect(await regularity.historyTable(t.networks.linkedin).locator('tbody tr').count()).toBe(8);
      await shot('regularity-page');
      findings.push(...(await findSeriousViolations(page, `regularity-${run.language}`)));

      // The coming-silence check tells this person; the bell shows it after a reload.
      expect(await regularity.waitForNotification()).toBeGreaterThanOrEqual(2);
      await page.reload();
      await regularity.bell.waitFor();
      await expect
        .poll(async () => regularity.bell.getAttribute('aria-label'), { timeout: 10_000 })
        .toMatch(/2/);
      await shot('bell');
      await regularity.openCentre();
      await regularity.centre.getByTestId('notification-coming_gap').first().waitFor();
      // Placed under the bell, on a touch screen too (where the bell has no tooltip).
      const bellBox = await regularity.bell.boundingBox();
      await expect
        .poll(async () => (await regularity.centre.boundingBox())?.y ?? -1)
        .toBeGreaterThanOrEqual((bellBox?.y ?? 0) + (bellBox?.height ?? 0));
      await shot('notification-centre');
      findings.push(...(await findSeriousViolations(page, `notification-centre-${run.language}`)));

      // Opening one leads to its subject and marks it read.
      await regularity.centre.getByTestId('notification-coming_gap').first().click();
      await page.waitForURL(/\/regularity$/);
      await expect
        .poll(async () => regularity.bell.getAttribute('aria-label'), { timeout: 10_000 })
        .toMatch(/1/);
      await regularity.openCentre();
      await regularity.centre.getByRole('button', { name: t.notifications.markAllRead }).click();
      await expect
        .poll(async () => regularity.bell.getAttribute('aria-label'), { timeout: 10_000 })
        .toBe(t.notifications.bell);
      await page.keyboard.press('Escape');

      // The choices per kind, the zone and quiet hours live on the account page.
      await page.goto('/account');
      await page.getByTestId('notification-channels').waitFor();
      await page.getByRole('heading', { name: t.notifications.settings.title }).scrollIntoViewIfNeeded();
      await shot('notification-settings');
      findings.push(...(await findSeriousViolations(page, `notification-settings-${run.language}`)));

      // The morning mail: off by default; turned on, it asks for its time.
      const morningMail = page.getByRole('switch', { name: t.notifications.settings.morning });
      expect(await morningMail.isChecked()).toBe(false);
      await morningMail.click({ force: true });
      const morningTime = page.getByRole('textbox', { name: t.notifications.settings.morningTime });
      await morningTime.waitFor();
      expect(await morningTime.inputValue()).toBe('08:00');
      await morningTime.scrollIntoViewIfNeeded();
      await shot('morning-mail-settings');
      findings.push(...(await findSeriousViolations(page, `morning-mail-settings-${run.language}`)));

      expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }
});
