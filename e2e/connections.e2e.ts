import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWebhookReceiver } from '../src/server/connectors/webhook/testing/webhook-receiver.js';
import { SignUpPage } from './pages/auth-pages.js';
import { ConnectionsPage } from './pages/connections-page.js';
import { OnboardingPage } from './pages/onboarding-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { findSeriousViolations } from './support/axe.js';
import { openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { startServer } from './support/server.js';

const chromiumPath = inject('chromiumPath');
const { fr, en } = strings;

/**
 * A manager connects their automation through a webhook: Cadence generates the secret, the
 * person gives it to their receiver (started here, checking every signature), the signed ping is
 * accepted and the account is listed as working. The server is this spec's own: it allows
 * loopback addresses, which the shared one (like production) refuses.
 */
describe.skipIf(!chromiumPath)('connected accounts', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
  const person = { name: 'Camille Relais', email: uniqueEmail('hooks'), password: 'une phrase de passe' };

  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchChromium(chromiumPath as string),
      startServer({ CADENCE_ALLOW_PRIVATE_NETWORKS: '127.0.0.0/8' }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await receiver?.close();
    await browser?.close();
    await server?.stop();
  });

  it('connects a webhook with a generated secret, sees it working, tests and disconnects it', async () => {
    const session = await openSession(browser, server.baseUrl, { locale: 'fr-FR' });
    const page = session.page;
    await new SignUpPage(page, fr).open();
    await new SignUpPage(page, fr).signUp(person);
    const onboarding = new OnboardingPage(page, fr);
    await onboarding.waitUntilShown();
    await onboarding.chooseKind('freelancer');
    await onboarding.describeWorkspace('Atelier Relais');
    await onboarding.chooseNetworks(['mastodon', 'linkedin']);
    await onboarding.finishWithHourlyRate('45');

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
    expect(session.errors).toEqual([]);
    await session.context.close();

    const phoneSession = await openSession(browser, server.baseUrl, { locale: 'en-US', viewport: phone });
    const onPhone = phoneSession.page;
    await onPhone.goto('/sign-in');
    await onPhone.getByLabel(en.auth.email).fill(person.email);
    await onPhone.getByRole('textbox', { name: en.auth.password }).fill(person.password);
    await onPhone.getByRole('button', { name: en.auth.submitSignIn }).click();
    await onPhone.waitForURL(/\/w\//);
    // By address: the phone's navigation entry is checked by hand (it opens from the burger);
    // the page object's click on it after a sign-in found it outside the viewport.
    await onPhone.goto(`/w/${workspaceId}/connections`);
    const phoneConnections = new ConnectionsPage(onPhone, en);
    await phoneConnections.healthOf(host, 'healthy').waitFor();
    await screenshot(onPhone, 'en-phone-connections');
    expect(await findSeriousViolations(onPhone, 'connections (en, phone)')).toEqual([]);

    await phoneConnections.disconnect(host);
    await phoneConnections.emptyState.waitFor();
    await screenshot(onPhone, 'en-phone-connections-empty');
    expect(phoneSession.errors).toEqual([]);
    await phoneSession.context.close();
  }, 240_000);
});
