import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OnboardingPage } from './pages/onboarding-page.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import { openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const sharedBaseUrl = inject('baseUrl');
const { fr, en } = strings;
const root = path.resolve(import.meta.dirname, '..');

/*
 * Accounts end to end: a first visit, sign-up with the demo, a forgotten password reset by mail
 * (a real SMTP server in this process and a second Cadence server that mails through it), a
 * change of password that signs the other devices out, and an account deletion that says first
 * what happens to each workspace. French on a desktop, English on a phone.
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startMailingServer(smtpPort: number) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cadence-e2e-mail-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CADENCE_DATA_DIR: dataDir,
    CADENCE_BASE_URL: baseUrl,
    CADENCE_LOGIN_LIMIT: '1000',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Cadence <cadence@example.com>',
    LOG_LEVEL: 'error',
  };
  delete env.DATABASE_URL;
  const server: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fills the sign-up form; `withDemo` uses the second button. */
async function signUp(
  page: Page,
  t: typeof fr,
  person: { name: string; email: string; password: string },
  withDemo = false,
) {
  await page.getByLabel(t.auth.name).fill(person.name);
  await page.getByLabel(t.auth.email).fill(person.email);
  await page.getByRole('textbox', { name: t.auth.password }).fill(person.password);
  await page
    .getByRole('button', { name: withDemo ? t.account.signUpWithDemo : t.auth.submitSignUp, exact: true })
    .click();
}

async function signIn(page: Page, t: typeof fr, email: string, password: string) {
  await page.getByLabel(t.auth.email).fill(email);
  await page.getByRole('textbox', { name: t.auth.password }).fill(password);
  await page.getByRole('button', { name: t.auth.submitSignIn }).click();
}

describe.skipIf(!chromiumPath)('accounts', () => {
  let browser: Browser;
  let smtp: SMTPServer;
  const mails: ParsedMail[] = [];
  let mailing: Awaited<ReturnType<typeof startMailingServer>>;
  const findings: AxeFinding[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            mails.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const address = smtp.server.address();
    mailing = await startMailingServer(typeof address === 'object' && address ? address.port : 0);
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await mailing?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    expect(findings).toEqual([]);
  });

  it('resets a forgotten password by mail and deletes an account, in French on a desktop', async () => {
    const { page, context } = await openSession(browser, mailing.baseUrl, { locale: 'fr-FR' });
    const check = async (name: string) => findings.push(...(await findSeriousViolations(page, name)));
    const person = { name: 'Inès Morel', email: uniqueEmail('ines'), password: 'une phrase de passe' };

    // A first visit to / opens sign-up, which offers the demo.
    await page.goto('/');
    await page.waitForURL(/\/sign-up$/);
    await page.getByRole('button', { name: fr.account.signUpWithDemo }).waitFor();
    await screenshot(page, 'fr-desktop-first-visit');
    await check('first-visit');

    // A common password is refused on its field.
    await signUp(page, fr, { ...person, password: 'Motdepasse2026' });
    await page.getByText(fr.account.passwordTooCommon).waitFor();
    await signUp(page, fr, person);
    const onboarding = new OnboardingPage(page, fr);
    await onboarding.waitUntilShown();
    await onboarding.chooseKind('small_business');
    await onboarding.describeWorkspace('Fleuriste Morel');
    await onboarding.chooseNetworks(['instagram']);
    await onboarding.finishWithHourlyRate('30');
    await page.waitForURL(/\/w\/[0-9a-f-]+/);

    // Signed out, the person forgot the password: a link by mail.
    await context.clearCookies();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: fr.account.forgotLink }).click();
    await page.waitForURL(/\/forgot-password/);
    // The address changes before the page's code has loaded: until its heading shows, the sign-in
    // form (same "E-mail" field) is still the one on screen, and filling it left the reset form
    // empty — the flake that once looked like a 30 s server answer.
    await page.getByRole('heading', { name: fr.account.forgotTitle }).waitFor();
    await page.getByLabel(fr.auth.email).fill(person.email);
    await page.getByRole('button', { name: fr.account.forgotSubmit }).click();
    await page.getByText(fr.account.forgotSentTitle).waitFor();
    await screenshot(page, 'fr-desktop-forgot-password-sent');
    await check('forgot-password-sent');
    await expect.poll(() => mails.length, { timeout: 10_000 }).toBe(1);
    expect(mails[0]?.subject).toBe('Réinitialiser votre mot de passe Cadence');
    const link = mails[0]?.text?.match(/https?:\/\/\S+/)?.[0] ?? '';

    await page.goto(link);
    await page.waitForURL(/\/reset-password\?token=/);
    const newPassword = page.getByLabel(fr.account.newPassword);
    await newPassword.fill(person.email);
    await page.getByRole('button', { name: fr.account.resetSubmit }).click();
    await page.getByText(fr.account.passwordIsEmail).waitFor();
    await screenshot(page, 'fr-desktop-reset-password-refused');
    await check('reset-password');
    await newPassword.fill('un tout nouveau départ');
    await page.getByRole('button', { name: fr.account.resetSubmit }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByText(fr.account.resetDone).waitFor();
    // The link works once.
    await page.goto(link);
    await page.getByText(fr.account.resetLinkInvalidTitle).waitFor();

    await page.goto('/sign-in');
    await signIn(page, fr, person.email, 'un tout nouveau départ');
    await page.waitForURL(/\/w\/[0-9a-f-]+/);

    // The account menu from the keyboard: drawn on first use, it opens on Enter with the focus in
    // it, and Escape gives the focus back to its button.
    const userMenu = page.getByRole('button', { name: fr.shell.userMenu });
    await userMenu.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: fr.account.menuItem }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[role="menu"]') !== null))
      .toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await expect.poll(() => userMenu.evaluate((button) => button === document.activeElement)).toBe(true);

    // Deleting the account: what happens to the workspace is said first.
    await userMenu.click();
    await page.getByRole('menuitem', { name: fr.account.menuItem }).click();
    await page.waitForURL(/\/account$/);
    await page.getByRole('listitem').filter({ hasText: 'Fleuriste Morel' }).waitFor();
    await screenshot(page, 'fr-desktop-account');
    await check('account');
    await page.getByRole('button', { name: fr.account.deleteButton }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(fr.account.currentPassword).fill('un tout nouveau départ');
    await screenshot(page, 'fr-desktop-delete-account-confirm');
    await dialog.getByRole('button', { name: fr.account.deleteConfirm }).click();
    await page.waitForURL(/\/sign-up\?deleted=1$/);
    await page.goto('/sign-in');
    await signIn(page, fr, person.email, 'un tout nouveau départ');
    await page.getByText(fr.auth.invalidCredentials).waitFor();
    await context.close();
  });

  it('signs up into the demo, changes the password (other devices signed out), in English on a phone', async () => {
    const { page, context } = await openSession(browser, sharedBaseUrl, { locale: 'en-US', viewport: phone });
    const check = async (name: string) => findings.push(...(await findSeriousViolations(page, name)));
    const person = { name: 'Sam Carter', email: uniqueEmail('sam'), password: 'a long passphrase' };

    await page.goto('/');
    await page.waitForURL(/\/sign-up$/);
    await signUp(page, en, person, true);
    await page.waitForURL(/\/w\/[0-9a-f-]+/);
    await screenshot(page, 'en-phone-demo-after-sign-up');

    // The same person on another device.
    const other = await openSession(browser, sharedBaseUrl, { locale: 'en-US' });
    await other.page.goto('/sign-in');
    await signIn(other.page, en, person.email, person.password);
    await other.page.waitForURL(/\/w\/[0-9a-f-]+/);

    await page.goto('/account');
    await page.getByLabel(en.account.currentPassword).fill('not my password');
    await page.getByLabel(en.account.newPassword).fill('a newer passphrase');
    await page.getByRole('button', { name: en.account.changePasswordSubmit }).click();
    await page.getByText(en.account.currentPasswordWrong).waitFor();
    await page.getByLabel(en.account.currentPassword).fill(person.password);
    await page.getByRole('button', { name: en.account.changePasswordSubmit }).click();
    await page.getByText(en.account.passwordChanged).waitFor();
    await screenshot(page, 'en-phone-password-changed');
    await check('account-phone');

    // This device stays signed in; the other one is sent to sign-in.
    await page.reload();
    await page.getByRole('heading', { name: en.account.title, level: 1 }).waitFor();
    await other.page.goto('/account');
    await other.page.waitForURL(/\/sign-in/);

    // Without mail, the forgotten-password page says who resets it, and how.
    await other.page.goto('/forgot-password');
    await other.page.getByText('npm run reset-password').waitFor();
    await screenshot(other.page, 'en-desktop-forgot-password-no-mail');
    await other.context.close();
    await context.close();
  });
});
