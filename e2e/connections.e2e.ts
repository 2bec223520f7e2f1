import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWebhookReceiver } from '../src/server/connectors/webhook/testing/webhook-receiver.js';
import { ConnectionsPage } from './pages/connections-page.js';
import { ContentPages } from './pages/content-pages.js';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { findSeriousViolations } from './support/axe.js';
import { desktop, openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { startServer } from './support/server.js';

const chromiumPath = inject('chromiumPath');
const { fr, en } = strings;

/** The date and minute (Europe/Paris, the browser's zone) of an instant, as the schedule fields take them. */
function parisMinute(instant: number): { date: string; time: string } {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(instant);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  return { date, time };
}

/**
 * A manager connects their automation through a webhook: Cadence generates the secret, the
 * person gives it to their receiver (started here, checking every signature), the signed ping is
 * accepted and the account is listed as working. With a second one connected, the post editor
 * lets them choose which takes a version; the post scheduled goes to that one only. The server is this spec's own: it allows
 * loopback addresses, which the shared one (like production) refuses.
 */
describe.skipIf(!chromiumPath)('connected accounts', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
  let secondReceiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
  const postText = 'Atelier portes ouvertes';
  const person = { name: 'Camille Relais', email: uniqueEmail('hooks'), password: 'une phrase de passe' };

  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchChromium(chromiumPath as string),
      startServer({ CADENCE_ALLOW_PRIVATE_NETWORKS: '127.0.0.0/8' }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await receiver?.close();
    await secondReceiver?.close();
    await browser?.close();
    await server?.stop();
  });

  it('connects a webhook with a generated secret, sees it working, tests and disconnects it', async () => {
    const session = await openSession(browser, server.baseUrl, { locale: 'fr-FR' });
    const page = session.page;
    await signUpAndOnboard(page, fr, person, {
      kind: 'freelancer',
      name: 'Atelier Relais',
      networks: ['mastodon', 'linkedin'],
      hourlyRate: '45',
    });

    const shell = new WorkspaceShell(page, fr);
    await shell.openSection('connections');
    const workspaceId = shell.workspaceId();
    const connections = new ConnectionsPage(page, fr);
    await connections.heading.waitFor();
    await connections.emptyState.waitFor();
    await screenshot(page, 'fr-desktop-connections-empty');
    expect(await findSeriousViolations(page, 'connections, empty (fr)')).toEqual([]);

    const secret = await connections.generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    // Nothing listens there: the refusal says so in the form, and nothing is connected.
    await connections.connectWebhook('http://127.0.0.1:9/hooks/cadence');
    await connections.refusal.waitFor();
    expect(await connections.refusal.textContent()).toContain('ECONNREFUSED');
    await screenshot(page, 'fr-desktop-connections-error');
    expect(await findSeriousViolations(page, 'connections, refused (fr)')).toEqual([]);

    receiver = await startWebhookReceiver(secret);
    const host = new URL(receiver.url).host;
    await connections.connectWebhook(receiver.url);
    await connections.healthOf(host, 'healthy').waitFor();
    expect(receiver.accepted.size).toBe(1);
    expect(receiver.received.every((webhook) => webhook.signatureValid)).toBe(true);
    await screenshot(page, 'fr-desktop-connections');
    expect(await findSeriousViolations(page, 'connections, listed (fr)')).toEqual([]);

    await connections.test(host);
    await expect.poll(() => receiver?.accepted.size).toBe(2);

    // A second automation; the LinkedIn version may go to either.
    const secondSecret = await connections.generateWebhookSecret();
    secondReceiver = await startWebhookReceiver(secondSecret);
    const secondHost = new URL(secondReceiver.url).host;
    await connections.connectWebhook(secondReceiver.url);
    await connections.healthOf(secondHost, 'healthy').waitFor();

    // In the post editor, the LinkedIn version goes to both webhooks (all checked by default);
    // with none checked it says the version will be published by hand; the person keeps the second.
    const content = new ContentPages(page, fr);
    await content.captureIdea({ text: postText });
    await content.saveCapture();
    await page.goto(`/w/${workspaceId}/ideas`);
    await content.writePostFrom(postText);
    const first = content.accountChoice('LinkedIn', host);
    const second = content.accountChoice('LinkedIn', secondHost);
    await first.waitFor();
    expect([await first.isChecked(), await second.isChecked()]).toEqual([true, true]);
    await first.uncheck();
    await second.uncheck();
    await content.noAccountNotice.waitFor();
    await second.check();
    await content.noAccountNotice.waitFor({ state: 'hidden' });
    expect([await first.isChecked(), await second.isChecked()]).toEqual([false, true]);
    // From the top: a full-page capture of a scrolled page draws the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'fr-desktop-post-accounts');
    expect(await findSeriousViolations(page, 'post editor, accounts (fr)')).toEqual([]);

    // Scheduled two minutes ahead: only the second automation receives it, signed, once.
    const due = parisMinute(Date.now() + 2 * 60_000);
    await content.schedule(due.date, due.time);
    const postUrl = page.url();
    const carrying = (webhooks: Map<string, { body: string }> | undefined) =>
      [...(webhooks?.values() ?? [])].filter((webhook) => webhook.body.includes(postText));
    await expect
      .poll(() => carrying(secondReceiver?.accepted).length, { timeout: 240_000, interval: 1_000 })
      .toBe(1);
    expect(carrying(receiver.accepted)).toEqual([]);
    expect(secondReceiver.received.every((webhook) => webhook.signatureValid)).toBe(true);
    await page.reload();
    await content.publication(secondHost).waitFor();
    await content.publicationState(secondHost, 'published').waitFor();
    expect(await content.publication(host).count()).toBe(0);
    await screenshot(page, 'fr-desktop-post-published');
    expect(await findSeriousViolations(page, 'post editor, published (fr)')).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();

    /** Signs the person in on a new device and opens the page by address. */
    const openOn = async (locale: 'fr-FR' | 'en-US', viewport = desktop) => {
      const opened = await openSession(browser, server.baseUrl, { locale, viewport });
      const t = locale === 'fr-FR' ? fr : en;
      await opened.page.goto('/sign-in');
      await opened.page.getByLabel(t.auth.email).fill(person.email);
      await opened.page.getByRole('textbox', { name: t.auth.password }).fill(person.password);
      await opened.page.getByRole('button', { name: t.auth.submitSignIn }).click();
      await opened.page.waitForURL(/\/w\//);
      // By address: on a phone the navigation opens from the burger, checked by hand; the page
      // object's click on its entry right after a sign-in found it outside the viewport.
      await opened.page.goto(`/w/${workspaceId}/connections`);
      // The account keeps the language last chosen on any device: say which one this device shows.
      await new WorkspaceShell(opened.page, t).switchLanguage(locale === 'fr-FR' ? 'fr' : 'en');
      return opened;
    };
    for (const [locale, viewport, name] of [
      ['fr-FR', phone, 'fr-phone'],
      ['en-US', desktop, 'en-desktop'],
    ] as const) {
      const other = await openOn(locale, viewport);
      await new ConnectionsPage(other.page, locale === 'fr-FR' ? fr : en).healthOf(host, 'healthy').waitFor();
      await screenshot(other.page, `${name}-connections`);
      expect(await findSeriousViolations(other.page, `connections (${name})`)).toEqual([]);
      await other.context.close();
    }

    const phoneSession = await openOn('en-US', phone);
    const onPhone = phoneSession.page;
    const phoneConnections = new ConnectionsPage(onPhone, en);
    await phoneConnections.healthOf(host, 'healthy').waitFor();
    await screenshot(onPhone, 'en-phone-connections');
    expect(await findSeriousViolations(onPhone, 'connections (en, phone)')).toEqual([]);

    // The published post, as seen on a phone in English: which account took it.
    await onPhone.goto(new URL(postUrl).pathname);
    const phoneContent = new ContentPages(onPhone, en);
    await phoneContent.publicationState(secondHost, 'published').waitFor();
    expect(await phoneContent.publication(host).count()).toBe(0);
    await screenshot(onPhone, 'en-phone-post-published');
    expect(await findSeriousViolations(onPhone, 'post editor, published (en, phone)')).toEqual([]);

    await onPhone.goto(`/w/${workspaceId}/connections`);
    await phoneConnections.disconnect(secondHost);
    await phoneConnections.account(secondHost).waitFor({ state: 'detached' });
    await phoneConnections.disconnect(host);
    await phoneConnections.emptyState.waitFor();
    await screenshot(onPhone, 'en-phone-connections-empty');
    expect(phoneSession.errors).toEqual([]);
    await phoneSession.context.close();
  }, 600_000);
});
