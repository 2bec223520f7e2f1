import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiTokensPage } from './pages/api-tokens-page.js';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { ResultsPages } from './pages/results-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import {
  openSession,
  phone,
  type Strings,
  screenshot,
  strings,
  uniqueEmail,
} from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { localDateOf } from '../src/core/time/local-date-of.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

/** Today in Paris, the workspaces' zone: the UTC date is yesterday's there from midnight to 1 or 2. */
const parisToday = () => localDateOf(Date.now(), 'Europe/Paris');

/** What a CRM does: a plain HTTP call with the token, no browser, no cookie. */
async function sendOutcome(token: string, workspaceId: string, body: object) {
  const response = await fetch(`${baseUrl}/api/v1/workspaces/${workspaceId}/outcomes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

async function closeNotifications(page: Page) {
  for (const close of await page.locator('.mantine-Notification-root').getByRole('button').all())
    await close.click().catch(() => undefined);
}

async function signUpWithWorkspace(page: Page, t: Strings, name: string, workspace: string) {
  await signUpAndOnboard(
    page,
    t,
    { name, email: uniqueEmail('tokens'), password: 'une phrase de passe' },
    { kind: 'freelancer', name: workspace, networks: ['linkedin', 'mastodon'], hourlyRate: '40' },
  );
  return new WorkspaceShell(page, t);
}

/**
 * Issue #15's API: a person creates a token in their account, a CRM sends a revenue outcome with
 * it (twice: the external id keeps it single), and the results page counts it on the network its
 * UTM values name. French on a desktop, then English on a phone, where the token is revoked.
 */
describe.skipIf(!chromiumPath)('personal API tokens and the outcomes API', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a token, sends an outcome with it, and sees it in the ROI (FR desktop)', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const findings: AxeFinding[] = [];
    const shell = await signUpWithWorkspace(page, fr, 'Sophie Martin', 'Atelier Sophie');
    const workspaceId = shell.workspaceId();

    const tokens = new ApiTokensPage(page, fr);
    await tokens.open();
    await page.getByText(fr.account.apiTokens.empty).waitFor();
    const token = await tokens.create('CRM', ['Atelier Sophie']);
    expect(token).toMatch(/^cad_[A-Za-z0-9_-]{43}$/);
    expect(await tokens.example().textContent()).toContain(`/api/v1/workspaces/${workspaceId}/outcomes`);
    await closeNotifications(page);
    await screenshot(page, 'fr-desktop-api-token-created');
    findings.push(...(await findSeriousViolations(page, 'api-token-created-fr')));

    const today = parisToday();
    const outcome = {
      kind: 'revenue',
      occurredOn: today,
      amountCents: 90_000,
      currency: 'EUR',
      externalId: 'crm-deal-7',
      utmSource: 'linkedin',
      utmMedium: 'social',
      utmCampaign: 'conseils',
    };
    const first = await sendOutcome(token, workspaceId, outcome);
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    expect(first.json).toMatchObject({ network: 'linkedin', source: 'api', campaign: 'conseils' });
    const retried = await sendOutcome(token, workspaceId, outcome);
    expect(retried.status).toBe(200);
    expect(retried.json.id).toBe(first.json.id);
    const otherCurrency = await sendOutcome(token, workspaceId, {
      ...outcome,
      currency: 'USD',
      externalId: 'x',
    });
    expect(otherCurrency.status).toBe(422);

    // The list shows the token's last use; the token itself is never shown again.
    await tokens.dismissCreated();
    await page.reload();
    await tokens
      .tokenRow('CRM')
      .getByText(/Utilisé pour la dernière fois/)
      .waitFor();
    expect(await tokens.section.textContent()).not.toContain(token);
    await screenshot(page, 'fr-desktop-api-tokens');
    findings.push(...(await findSeriousViolations(page, 'api-tokens-fr')));

    await page.goto(`/w/${workspaceId}`);
    const results = new ResultsPages(page, fr);
    await shell.openSection('results');
    await results.totalRow('linkedin').waitFor();
    await expect.poll(() => results.revenueOf('linkedin')).toMatch(/900,00\s?€/);
    await screenshot(page, 'fr-desktop-results-from-api');

    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('creates, uses and revokes a token on a phone (EN)', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, {
      locale: 'en-US',
      viewport: phone,
    });
    const findings: AxeFinding[] = [];
    const shell = await signUpWithWorkspace(page, en, 'Sam Taylor', 'Sam Studio');
    const workspaceId = shell.workspaceId();
    const tokens = new ApiTokensPage(page, en);
    await tokens.open();
    const token = await tokens.create('Contact form', ['Sam Studio']);
    await closeNotifications(page);
    await screenshot(page, 'en-phone-api-token-created');
    findings.push(...(await findSeriousViolations(page, 'api-token-created-en-phone')));

    const lead = await sendOutcome(token, workspaceId, {
      kind: 'lead',
      occurredOn: parisToday(),
      utmSource: 'mastodon',
    });
    expect(lead.status).toBe(201);
    await page.goto(`/w/${workspaceId}/results`);
    await page.getByTestId('outcomes-list').getByText(en.results.outcomes.kinds.lead).first().waitFor();
    await screenshot(page, 'en-phone-results-from-api');

    await tokens.open();
    await tokens.revoke('Contact form');
    await page.getByText(en.account.apiTokens.empty).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'en-phone-api-tokens-empty');
    findings.push(...(await findSeriousViolations(page, 'api-tokens-empty-en-phone')));
    const refused = await sendOutcome(token, workspaceId, { kind: 'lead', occurredOn: '2026-01-05' });
    expect(refused.status).toBe(401);
    expect(refused.json.code).toBe('api_token_revoked');

    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
