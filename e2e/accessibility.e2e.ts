import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignUpPage } from './pages/auth-pages.js';
import { MembersPage } from './pages/members-page.js';
import { OnboardingPage } from './pages/onboarding-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import { openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

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
    const findings: AxeFinding[] = [];
    const check = async (name: string) => findings.push(...(await findSeriousViolations(page, name)));

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
    await page.getByRole('button', { name: fr.auth.submitSignUp, exact: true }).click();
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
