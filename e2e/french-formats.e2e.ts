import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ImportPage } from './pages/import-page.js';
import { TimePage } from './pages/time-page.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import { openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { weekMondayOf } from './support/workspace-week.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr } = strings;

/** Last week's Thursday in Paris: as typed in French, as ISO, and its month as a French calendar names it. */
function lastWeeksThursday() {
  const iso = new Date(Date.parse(`${weekMondayOf(Date.now(), 'Europe/Paris')}T12:00:00Z`) - 4 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const [year, month, day] = iso.split('-');
  const monthName = new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return { iso, typed: `${day}/${month}/${year}`, month: monthName.format(Date.parse(`${iso}T12:00:00Z`)) };
}

/*
 * French done right in an English browser: the app set to French shows dates and times the
 * French way in its own fields (not the browser's "12/04/2026, 09:00 AM"), and a French CSV export
 * (';', BOM, French headers and file name) imports back into Cadence.
 */
describe.skipIf(!chromiumPath)('French formats under an English browser', () => {
  let browser: Browser;
  const findings: AxeFinding[] = [];

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    expect(findings).toEqual([]);
  });

  for (const viewport of ['desktop', 'phone'] as const)
    it(`shows French date and time fields, and a French export imports back (${viewport})`, async () => {
      const { page, context } = await openSession(browser, baseUrl, {
        locale: 'en-US',
        ...(viewport === 'phone' ? { viewport: phone } : {}),
      });
      await context.addInitScript(() => window.localStorage.setItem('cadence.locale', 'fr'));
      const check = async (name: string) => findings.push(...(await findSeriousViolations(page, name)));

      await page.goto('/sign-up');
      await page.getByLabel(fr.auth.name).fill('Jules Martin');
      await page.getByLabel(fr.auth.email).fill(uniqueEmail('jules'));
      await page.getByRole('textbox', { name: fr.auth.password }).fill('une phrase de passe');
      await page.getByRole('button', { name: fr.account.signUpWithDemo }).click();
      await page.waitForURL(/\/w\/[0-9a-f-]+$/);
      const workspaceId = page.url().split('/w/')[1] ?? '';

      // A new entry, on last week's Thursday (always past): the date field reads day/month/year,
      // the time 24-hour.
      const entryDate = lastWeeksThursday();
      const time = new TimePage(page, fr);
      await time.open(workspaceId);
      await time.showTab('entries');
      await page.getByRole('button', { name: fr.tracking.entries.add }).click();
      const dialog = page.getByRole('dialog');
      const date = dialog.getByLabel(fr.tracking.entryForm.date);
      expect(await date.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      await date.fill(entryDate.typed);
      await dialog.getByRole('combobox', { name: fr.tracking.entryForm.category }).click();
      await page.getByRole('option', { name: 'Communication', exact: true }).click();
      const start = dialog.getByLabel(fr.tracking.entryForm.startTime);
      await start.fill('9h');
      await start.blur();
      expect(await start.inputValue()).toBe('09:00');
      expect(await date.inputValue()).toBe(entryDate.typed);
      await date.click();
      await page.getByText(entryDate.month, { exact: true }).waitFor();
      await screenshot(page, `fr-in-en-browser-${viewport}-date-picker`);
      await check(`date-picker-${viewport}`);
      // Leaving the field closes the calendar.
      await date.press('Tab');
      await page.getByText(entryDate.month, { exact: true }).waitFor({ state: 'hidden' });
      await dialog.getByRole('textbox', { name: fr.tracking.entryForm.duration }).fill('1h30');
      await dialog.getByLabel(fr.tracking.entryForm.note).fill('Aller-retour CSV ; « test »');
      await dialog.getByRole('button', { name: fr.tracking.entryForm.save }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: fr.tracking.page.previous }).click();
      await page.getByTestId('time-entry').filter({ hasText: 'Aller-retour CSV' }).first().waitFor();

      // The export: French Excel's separator, a BOM, French headers, a French file name.
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: fr.tracking.entries.exportCsv }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^cadence-temps-\d{4}-\d{2}-\d{2}\.csv$/);
      const content = await readFile((await download.path()) ?? '');
      const text = content.toString('utf8');
      expect(text.startsWith('\uFEFFDate;Début;Date de fin;Fin;Durée;Heures;Catégorie;')).toBe(true);
      expect(text).toContain(`;09:00:00;${entryDate.iso};10:30:00;1:30:00;1,50;Communication;`);
      const rows = text.trim().split('\n').length - 1;

      // The same file imports back.
      await page.goto(`/w/${workspaceId}/time/import`);
      const imports = new ImportPage(page, fr);
      await imports.analyse({ name: download.suggestedFilename(), content });
      expect(await imports.figure('rows-read').textContent()).toContain(String(rows));
      expect(await imports.figure('errors').textContent()).toContain('0');
      await screenshot(page, `fr-in-en-browser-${viewport}-import-preview`);
      await check(`import-preview-${viewport}`);
      await imports.check();
      await imports.commitButton(rows).click();
      await imports.doneAlert.waitFor();
      await screenshot(page, `fr-in-en-browser-${viewport}-import-done`);
      await check(`import-done-${viewport}`);
      await context.close();
    });
});
