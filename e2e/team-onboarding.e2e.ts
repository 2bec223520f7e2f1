import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignUpPage } from './pages/auth-pages.js';
import { InvitationPage } from './pages/invitation-page.js';
import { MembersPage } from './pages/members-page.js';
import { OnboardingPage } from './pages/onboarding-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { desktop, openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

/**
 * The first story of Cadence, end to end: a French owner signs up and sets up, opens a second
 * workspace, invites a client as viewer; the client (an English browser) joins through the link
 * and sees everything read-only; the owner then switches the interface to English.
 */
describe.skipIf(!chromiumPath)('a team gets started', () => {
  let browser: Browser;
  const owner = { name: 'Camille Dupont', email: uniqueEmail('camille'), password: 'une phrase de passe' };
  const client = { name: 'Alex Client', email: uniqueEmail('alex'), password: 'a long passphrase' };
  const secondWorkspace = 'Agence Pixel — client Martin';

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs from sign-up to a viewer joining, in French then English', async () => {
    const ownerSession = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const page = ownerSession.page;

    // Sign up (French browser: French interface) and answer the onboarding.
    const signUp = new SignUpPage(page, fr);
    await signUp.open();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await signUp.signUp(owner);

    const onboarding = new OnboardingPage(page, fr);
    await onboarding.waitUntilShown();
    await screenshot(page, 'fr-desktop-onboarding');
    await onboarding.chooseKind('small_business');
    expect(await onboarding.timeZoneInput.inputValue()).toMatch(
      /^Paris · heure d’Europe centrale \(UTC\+[12]\)$/,
    );
    await onboarding.describeWorkspace('Boulangerie Dupont');
    await onboarding.chooseNetworks(['instagram', 'linkedin']);
    await onboarding.finishWithHourlyRate('35,50');

    const shell = new WorkspaceShell(page, fr);
    await expect.poll(() => shell.heading.textContent()).toContain('Boulangerie Dupont');
    await screenshot(page, 'fr-desktop-home');

    // The hourly rate became the owner's hourly cost, formatted in euros the French way.
    await shell.openSection('members');
    const members = new MembersPage(page, fr);
    await expect.poll(() => members.memberRow(owner.name).textContent()).toMatch(/35,50\s€/);

    // A second workspace, from the switcher.
    await shell.createWorkspace(secondWorkspace);
    await expect.poll(() => shell.heading.textContent()).toContain(secondWorkspace);
    const secondWorkspaceId = shell.workspaceId();

    // Invite the client as viewer: the link is shown (no mail server here).
    await shell.openSection('members');
    const link = await members.invite(client.email, 'viewer');
    expect(link).toMatch(new RegExp(`^${baseUrl}/invite/[A-Za-z0-9_-]{20,}$`));
    expect(await page.getByText(fr.invite.notEmailed).isVisible()).toBe(true);
    await expect.poll(() => members.invitationRow(client.email).count()).toBeGreaterThan(0);
    await screenshot(page, 'fr-desktop-members');

    // The client, on an English browser, opens the link and signs up from it.
    const clientSession = await openSession(browser, baseUrl, { locale: 'en-US' });
    const invitation = new InvitationPage(clientSession.page, en);
    await invitation.open(link);
    expect(await invitation.summary.textContent()).toContain(secondWorkspace);
    expect(await invitation.summary.textContent()).toContain(owner.name);
    await screenshot(clientSession.page, 'en-desktop-invitation');
    await invitation.createAccount();
    const clientSignUp = new SignUpPage(clientSession.page, en);
    expect(await clientSignUp.emailInput.inputValue()).toBe(client.email);
    await clientSignUp.signUp(client);
    await invitation.accept();

    // In the workspace as viewer: everything visible, nothing editable.
    const clientShell = new WorkspaceShell(clientSession.page, en);
    expect(clientShell.workspaceId()).toBe(secondWorkspaceId);
    await expect
      .poll(() => clientSession.page.getByText(en.roles.viewer.label).first().isVisible())
      .toBe(true);
    await clientShell.openSection('members');
    const clientMembers = new MembersPage(clientSession.page, en);
    await clientMembers.readOnlyNotice.waitFor();
    await expect.poll(() => clientMembers.memberRow(owner.name).count()).toBe(1);
    expect(await clientMembers.inviteForm.count()).toBe(0);
    expect(await clientMembers.editButtons.count()).toBe(0);
    expect(await clientMembers.removeButtons.count()).toBe(0);
    await clientShell.openSection('settings');
    await clientSession.page.getByText(en.settings.readOnly).waitFor();
    expect(await clientSession.page.getByLabel(en.workspaceFields.name).isDisabled()).toBe(true);
    expect(await clientSession.page.getByRole('button', { name: en.common.save }).count()).toBe(0);
    await screenshot(clientSession.page, 'en-desktop-viewer-settings');
    await clientSession.page.setViewportSize(phone);
    await clientShell.openSection('members');
    await screenshot(clientSession.page, 'en-phone-viewer-members');

    // Back to the owner: the new member is listed; French on a phone, then English.
    await page.reload();
    await expect.poll(() => members.memberRow(client.name).count()).toBe(1);
    await page.setViewportSize(phone);
    await screenshot(page, 'fr-phone-members');
    await shell.switchLanguage('en');
    shell.useStrings(en);
    await page.getByRole('heading', { name: en.members.title, level: 1 }).waitFor();
    await screenshot(page, 'en-phone-members');
    await page.setViewportSize(desktop);
    await shell.openSection('home');
    await expect
      .poll(() => shell.heading.textContent())
      .toBe(en.overview.title.replace('{{name}}', secondWorkspace));
    await screenshot(page, 'en-desktop-home');

    // The choice is kept in the profile: a reload stays in English.
    await page.reload();
    await page
      .getByRole('heading', { name: en.overview.title.replace('{{name}}', secondWorkspace) })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    expect(ownerSession.errors).toEqual([]);
    expect(clientSession.errors).toEqual([]);
    await ownerSession.context.close();
    await clientSession.context.close();
  });
});
