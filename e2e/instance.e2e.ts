import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignUpPage } from './pages/auth-pages.js';
import { InstancePage } from './pages/instance-page.js';
import { OnboardingPage, signUpAndOnboard } from './pages/onboarding-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { findSeriousViolations } from './support/axe.js';
import { openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { startServer } from './support/server.js';

const chromiumPath = inject('chromiumPath');
const { fr, en } = strings;

/**
 * A self-hoster's first account administers the instance: on a server of its own (the shared
 * one's first account belongs to whichever spec ran first), the founder finds the Instance page
 * in the account menu, sees the worker running and the queues; a second account does not.
 */
describe.skipIf(!chromiumPath)('the instance administrator', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const founder = { name: 'Dominique Hôte', email: uniqueEmail('founder'), password: 'une phrase de passe' };

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(chromiumPath as string), startServer()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sees the jobs and the administrators, in French on a desktop and in English on a phone', async () => {
    const session = await openSession(browser, server.baseUrl, { locale: 'fr-FR' });
    const page = session.page;
    await signUpAndOnboard(page, fr, founder, {
      kind: 'freelancer',
      name: 'Studio Hôte',
      networks: ['instagram'],
      hourlyRate: '40',
    });

    const instance = new InstancePage(page, fr);
    await instance.openFromAccountMenu();
    await instance.workerBadge.waitFor();
    await expect.poll(() => instance.queueRow('invitation-mail').count()).toBe(1);
    await instance.noFailedJobs.waitFor();
    await instance.administrator(founder.email).waitFor();
    // A backup on demand: the worker writes it, the list shows it (refreshed every 10 s).
    await page.getByText(fr.instance.noBackupYet).waitFor();
    await instance.backUpNow();
    await expect.poll(() => instance.backupRows.count(), { timeout: 30_000, interval: 500 }).toBe(1);
    // The last backup's size is on the line itself: the table's size column is off-screen on a phone.
    const succeeded = fr.instance.lastBackupSucceeded.split('{{')[0] as string;
    await page.getByText(new RegExp(`^${succeeded}.+\\(\\d+(,\\d)?\\sMo\\)$`)).waitFor();
    await screenshot(page, 'fr-desktop-instance');
    expect(await findSeriousViolations(page, 'instance (fr)')).toEqual([]);

    // The workspace leaves as one file and comes back in as a new workspace, after a preview.
    await page.goto('/');
    await page.waitForURL(/\/w\//);
    const workspaceId = new WorkspaceShell(page, fr).workspaceId();
    const settings = new SettingsPage(page, fr);
    await settings.open(workspaceId);
    const archive = await settings.downloadArchive();
    expect(archive.name).toMatch(/^cadence-studio-hote-\d{4}-\d{2}-\d{2}\.json\.gz$/);
    await settings.chooseArchive(archive.path);
    await settings.anyPreview.waitFor();
    await page.getByText(fr.portability.importMatched).first().waitFor();
    await screenshot(page, 'fr-desktop-workspace-import-preview');
    expect(await findSeriousViolations(page, 'settings with an import preview (fr)')).toEqual([]);
    await settings.confirmImport();
    await page.waitForURL(
      (url) => /\/w\/[0-9a-f-]{36}/.test(url.pathname) && !url.pathname.includes(workspaceId),
    );
    expect(session.errors).toEqual([]);
    await session.context.close();

    const phoneSession = await openSession(browser, server.baseUrl, { locale: 'en-US', viewport: phone });
    await phoneSession.page.goto('/sign-in');
    await phoneSession.page.getByLabel(en.auth.email).fill(founder.email);
    await phoneSession.page.getByRole('textbox', { name: en.auth.password }).fill(founder.password);
    await phoneSession.page.getByRole('button', { name: en.auth.submitSignIn }).click();
    await phoneSession.page.waitForURL(/\/w\//);
    await phoneSession.page.goto('/instance');
    const onPhone = new InstancePage(phoneSession.page, en);
    // The founder's profile speaks French (chosen on the desktop): this device asks for English.
    await phoneSession.page.waitForFunction(() => document.documentElement.lang === 'fr');
    await new WorkspaceShell(phoneSession.page, en).switchLanguage('en');
    await onPhone.workerBadge.waitFor();
    await screenshot(phoneSession.page, 'en-phone-instance');
    expect(await findSeriousViolations(phoneSession.page, 'instance (en, phone)')).toEqual([]);
    await phoneSession.context.close();
  }, 180_000);

  it('is closed to a second account', async () => {
    const session = await openSession(browser, server.baseUrl, { locale: 'en-US' });
    await new SignUpPage(session.page, en).open();
    await new SignUpPage(session.page, en).signUp({
      name: 'Second Person',
      email: uniqueEmail('second'),
      password: 'a long passphrase',
    });
    await new OnboardingPage(session.page, en).waitUntilShown();
    await session.page.goto('/instance');
    await session.page.getByText(en.instance.notAdministrator).waitFor();
    const status = await session.page.evaluate(async () => (await fetch('/api/instance/jobs')).status);
    expect(status).toBe(403);
    await session.context.close();
  }, 120_000);
});
