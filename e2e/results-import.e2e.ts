import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { ResultsImportDialog } from './pages/results-import-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import { openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

/**
 * A LinkedIn page export (the real "All posts" sheet saved as CSV, from the unit tests' fixtures)
 * moved to the last weeks, so the results page's default period shows it; the post without
 * figures gets some, so five posts rank.
 */
function recentExport(name: string, order: 'mdy' | 'dmy'): string {
  const text = readFileSync(new URL(`../src/core/results/imports/fixtures/${name}`, import.meta.url), 'utf8');
  let daysAgo = 30;
  const dated = text.replace(/\b(\d{2})\/(\d{2})\/2025\b/g, () => {
    const date = new Date(Date.now() - daysAgo * 86_400_000);
    daysAgo -= 5;
    const day = String(date.getUTCDate()).padStart(2, '0');
    const month = String(date.getUTCMonth() + 1).padStart(2, '0');
    return order === 'mdy'
      ? `${month}/${day}/${date.getUTCFullYear()}`
      : `${day}/${month}/${date.getUTCFullYear()}`;
  });
  return dated
    .replace(/,trente,/, ',30,')
    .replace(/All followers,,,,,,,,,,,Text/, 'All followers,640,,,12,,22,4,1,0,,Text');
}

async function signUpAndStart(page: Page, t: typeof fr, name: string) {
  await signUpAndOnboard(
    page,
    t,
    { name, email: uniqueEmail('import'), password: 'une phrase de passe' },
    { kind: 'freelancer', name: `${name} Conseil`, networks: ['linkedin', 'instagram'], hourlyRate: '40' },
  );
  return new WorkspaceShell(page, t);
}

describe.skipIf(!chromiumPath)('results: importing a LinkedIn export', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports a French LinkedIn export on a desktop, once, and ranks its posts', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const findings: AxeFinding[] = [];
    const shell = await signUpAndStart(page, fr, 'Claire Dubois');
    await shell.openSection('results');
    const dialog = new ResultsImportDialog(page, fr);
    const file = recentExport('linkedin-content-fr.csv', 'dmy');

    await dialog.open();
    await dialog.chooseFile('linkedin-contenus.csv', file);
    const summary = await dialog.summary.textContent();
    expect(summary).toContain('4 à importer');
    expect(summary).toContain('4 publiées hors de Cadence');
    await screenshot(page, 'fr-desktop-results-import-preview');
    findings.push(...(await findSeriousViolations(page, 'results-import-fr')));
    await dialog.commit();
    expect(await dialog.doneText()).toContain('4 lignes importées');
    await dialog.close();

    // The same file again: nothing new.
    await dialog.open();
    await dialog.chooseFile('linkedin-contenus.csv', file);
    expect(await dialog.summary.textContent()).toContain('4 déjà importées');
    await dialog.close();

    // Four posts with figures: the ranking says how many more it needs.
    const ranking = page.getByTestId('post-ranking');
    await ranking.getByText('il y en a 4', { exact: false }).waitFor();
    await screenshot(page, 'fr-desktop-results-imported');
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports an English LinkedIn export on a phone and sees the figures', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, {
      locale: 'en-US',
    });
    const shell = await signUpAndStart(page, en, 'Sam Carter');
    await shell.openSection('results');
    await page.setViewportSize(phone);
    const dialog = new ResultsImportDialog(page, en);
    await dialog.open();
    await dialog.chooseFile('linkedin-content.csv', recentExport('linkedin-content-en.csv', 'mdy'));
    expect(await dialog.summary.textContent()).toContain('5 to import');
    await screenshot(page, 'en-phone-results-import-preview');
    const findings = await findSeriousViolations(page, 'results-import-phone-en');
    await dialog.commit();
    expect(await dialog.doneText()).toContain('5 lines imported');
    await dialog.close();
    const ranking = page.getByTestId('post-ranking');
    await expect
      .poll(async () => (await ranking.textContent()) ?? '', { timeout: 15_000 })
      .toContain('Our March client story');
    expect(await ranking.textContent()).toContain('Published outside Cadence');
    await screenshot(page, 'en-phone-results-imported');
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
