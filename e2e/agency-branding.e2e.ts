import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignUpPage } from './pages/auth-pages.js';
import { InstancePage } from './pages/instance-page.js';
import { OnboardingPage } from './pages/onboarding-page.js';
import { ReviewPage } from './pages/review-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { findSeriousViolations } from './support/axe.js';
import { desktop, openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { pdfText, squeeze } from '../src/server/testing/pdf-text.js';
import { startServer } from './support/server.js';

const chromiumPath = inject('chromiumPath');
const { fr, en } = strings;

/** A transparent wordmark, as an agency exports its logo. */
async function logoFile() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="240"><rect width="240" height="240" rx="48" fill="#e8590c"/><text x="280" y="165" font-size="130" font-family="DejaVu Sans" fill="#1a1b1e">Lumière</text></svg>`;
  return {
    name: 'lumiere.png',
    mimeType: 'image/png',
    buffer: await sharp(Buffer.from(svg)).png().toBuffer(),
  };
}

/**
 * Issue #16's client report under the agency's name: on a server of its own (its first account
 * administers it), the administrator names the agency and sends its logo on the Instance page;
 * a manager of a client workspace downloads the monthly report, which carries them on every page.
 */
describe.skipIf(!chromiumPath)('the agency on its client reports', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const administrator = {
    name: 'Agence Lumière',
    email: uniqueEmail('agency'),
    password: 'une phrase de passe',
  };

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(chromiumPath as string), startServer()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is named and given a logo by the administrator, then printed on the report a manager downloads', async () => {
    const session = await openSession(browser, server.baseUrl, { locale: 'fr-FR', viewport: desktop });
    const page = session.page;
    await new SignUpPage(page, fr).open();
    await new SignUpPage(page, fr).signUp(administrator);
    const agencyOnboarding = new OnboardingPage(page, fr);
    await agencyOnboarding.waitUntilShown();
    await agencyOnboarding.chooseKind('freelancer');
    await agencyOnboarding.describeWorkspace('Agence Lumière');
    await agencyOnboarding.chooseNetworks(['linkedin']);
    await agencyOnboarding.finishWithHourlyRate('50');
    await page.goto('/instance');
    const instance = new InstancePage(page, fr);
    await instance.heading.waitFor();
    await page.getByText(fr.instance.organisation.noLogo).waitFor();
    await instance.setOrganisation({
      name: 'Agence Lumière',
      website: 'https://lumiere.example',
      contactLine: 'bonjour@lumiere.example · 04 72 00 00 00',
    });
    await instance.uploadLogo(await logoFile());
    // The preview is the stored logo, re-encoded and served to administrators only.
    await expect
      .poll(() => instance.logoPreview.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBe(800);
    await page.getByRole('heading', { name: fr.instance.organisation.title }).scrollIntoViewIfNeeded();
    await screenshot(page, 'fr-desktop-instance-organisation');
    expect(await findSeriousViolations(page, 'instance organisation (fr)')).toEqual([]);
    // An SVG is refused with the reason, and the logo in place stays.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: fr.instance.organisation.replaceLogo }).click();
    await (await chooser).setFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg/>'),
    });
    await page.getByText(fr.instance.organisation.logoWrongType).waitFor();
    await instance.logoPreview.waitFor();
    expect(session.errors).toEqual([]);
    await session.context.close();

    // A manager of a client workspace (another account) downloads the monthly report.
    const manager = await openSession(browser, server.baseUrl, { locale: 'en-US', viewport: phone });
    await new SignUpPage(manager.page, en).open();
    await new SignUpPage(manager.page, en).signUp({
      name: 'Morgan Manager',
      email: uniqueEmail('manager'),
      password: 'a long passphrase',
    });
    const onboarding = new OnboardingPage(manager.page, en);
    await onboarding.waitUntilShown();
    await onboarding.chooseKind('freelancer');
    await onboarding.describeWorkspace('Bakery Eloise');
    await onboarding.chooseNetworks(['linkedin']);
    await onboarding.finishWithHourlyRate('40');
    const workspaceId = new WorkspaceShell(manager.page, en).workspaceId();
    const review = new ReviewPage(manager.page, en);
    await review.open(workspaceId);
    await review.section('client-report').scrollIntoViewIfNeeded();
    const report = await review.downloadClientReport();
    const text = squeeze(await pdfText(report.bytes));
    expect(text).toContain('Agence Lumière Bakery Eloise');
    expect(text).toContain('bonjour@lumiere.example · 04 72 00 00 00 · https://lumiere.example');
    expect(text).toContain('Page 1 of');
    expect(report.bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
    // The profile itself stays the administrators'.
    const status = await manager.page.evaluate(
      async () => (await fetch('/api/instance/organisation/logo')).status,
    );
    expect(status).toBe(403);
    expect(manager.errors).toEqual([]);
    await manager.context.close();

    // The administrator's page in English on a phone.
    const phoneSession = await openSession(browser, server.baseUrl, { locale: 'en-US', viewport: phone });
    await phoneSession.page.goto('/sign-in');
    await phoneSession.page.getByLabel(en.auth.email).fill(administrator.email);
    await phoneSession.page.getByRole('textbox', { name: en.auth.password }).fill(administrator.password);
    await phoneSession.page.getByRole('button', { name: en.auth.submitSignIn }).click();
    await phoneSession.page.waitForURL(/\/w\//);
    await phoneSession.page.goto('/instance');
    // The administrator's profile speaks French (chosen on the desktop): this device asks for English.
    await phoneSession.page.waitForFunction(() => document.documentElement.lang === 'fr');
    await new WorkspaceShell(phoneSession.page, en).switchLanguage('en');
    const onPhone = new InstancePage(phoneSession.page, en);
    await onPhone.logoPreview.waitFor();
    await phoneSession.page
      .getByRole('heading', { name: en.instance.organisation.title })
      .scrollIntoViewIfNeeded();
    await screenshot(phoneSession.page, 'en-phone-instance-organisation');
    expect(await findSeriousViolations(phoneSession.page, 'instance organisation (en, phone)')).toEqual([]);
    expect(phoneSession.errors).toEqual([]);
    await phoneSession.context.close();
  }, 300_000);
});
