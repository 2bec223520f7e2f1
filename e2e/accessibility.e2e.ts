import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignUpPage } from './pages/auth-pages.js';
import { MembersPage } from './pages/members-page.js';
import { OnboardingPage } from './pages/onboarding-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

type Finding = { page: string; id: string; impact: string; help: string; targets: string[] };

/** Runs axe (WCAG 2.1 A and AA rules) and keeps the serious and critical violations. */
async function seriousViolations(page: Page, name: string): Promise<Finding[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      page: name,
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

describe.skipIf(!chromiumPath)('accessibility of the main pages (axe)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has no serious or critical violation, signed out and signed in, FR and EN, desktop and phone', async () => {
    const { page, context } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const findings: Finding[] = [];
    const check = async (name: string) => findings.push(...(await seriousViolations(page, name)));

    await page.goto('/sign-in');
    await check('sign-in');
    await page.goto('/nowhere');
    await page.getByRole('heading', { name: fr.notFound.title }).waitFor();
    await check('not-found');
    await page.goto('/invite/this-token-does-not-exist-at-all');
    await page.getByText(fr.invitation.invalidTitle).waitFor();
    await screenshot(page, 'fr-desktop-invitation-invalid');
    await check('invitation-invalid');

    const signUp = new SignUpPage(page, fr);
    await signUp.open();
    await page.getByRole('button', { name: fr.auth.submitSignUp }).click();
    await check('sign-up-with-errors');
    await signUp.signUp({ name: 'Inès Martin', email: uniqueEmail('ines'), password: 'une phrase de passe' });

    const onboarding = new OnboardingPage(page, fr);
    await onboarding.waitUntilShown();
    await check('onboarding');
    await onboarding.chooseKind('freelancer');
    await check('onboarding-workspace');
    await onboarding.describeWorkspace('Studio Inès');
    await onboarding.chooseNetworks(['linkedin']);
    await check('onboarding-rate');
    await onboarding.finishWithHourlyRate('42');

    const shell = new WorkspaceShell(page, fr);
    await shell.heading.waitFor();
    await check('home');
    await shell.openSection('members');
    const members = new MembersPage(page, fr);
    await members.invite(uniqueEmail('lea'), 'member');
    await check('members');
    await page
      .getByRole('button', { name: fr.members.editMember.replace('{{name}}', 'Inès Martin') })
      .click();
    await page.getByRole('dialog').waitFor();
    await check('edit-member-dialog');
    await page.keyboard.press('Escape');
    await shell.openSection('settings');
    await check('settings');

    await page.setViewportSize(phone);
    await shell.openSection('members');
    await check('members-phone');
    await page.getByRole('button', { name: fr.shell.openNavigation }).click();
    await check('navigation-phone');
    await page.getByRole('button', { name: fr.shell.closeNavigation }).click();

    await shell.switchLanguage('en');
    shell.useStrings(en);
    await shell.openSection('home');
    await check('home-en-phone');
    await screenshot(page, 'en-phone-home');

    await context.close();
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  });
});
