import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignUpPage } from './pages/auth-pages.js';
import { BatchPage } from './pages/batch-page.js';
import { InvitationPage } from './pages/invitation-page.js';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import { desktop, openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;

// biome-ignore lint/suspicious/noExplicitAny: answers of several routes, read field by field
type Answer = { status: number; json: any };
/** The app's own API, called from the signed-in page (its cookie, its origin). */
function apiCall(page: Page, method: string, path: string, body?: unknown): Promise<Answer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

/** On a phone-sized viewport the navbar slides away: wait until it is gone before a screenshot. */
async function toPhone(page: Page) {
  await page.setViewportSize(phone);
  await page.waitForFunction(() => {
    const navbar = document.querySelector('nav');
    return !navbar || navbar.getBoundingClientRect().right <= 1;
  });
}

async function closeNotifications(page: Page) {
  for (const close of await page.locator('.mantine-Notification-root').getByRole('button').all())
    await close.click().catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0);
}

/**
 * Issue #13, the Monday batch and the agency's client: five posts written from the keyboard while
 * the timer runs, each dropped into the next free slot, the minutes shared out when the session
 * ends; then, with approval required, a post sent to the client, who approves it. French first,
 * English for the client; desktop and phone.
 */
describe.skipIf(!chromiumPath)('content: batch session and approval', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writes five posts in a timed batch session, then the client approves a post', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const findings: AxeFinding[] = [];
    const check = async (target: Page, name: string) => {
      await closeNotifications(target);
      findings.push(...(await findSeriousViolations(target, name)));
    };
    const owner = { name: 'Claire Dubois', email: uniqueEmail('claire'), password: 'une phrase de passe' };
    await signUpAndOnboard(page, fr, owner, {
      kind: 'small_business',
      name: 'Client Fleuriste',
      networks: ['linkedin', 'bluesky'],
      hourlyRate: '40',
    });
    const shell = new WorkspaceShell(page, fr);
    const batch = new BatchPage(page, fr);
    const workspaceId = shell.workspaceId();
    const base = `/api/workspaces/${workspaceId}`;

    // Slots every day, so the week ahead always has room whatever today is.
    const days = [1, 2, 3, 4, 5, 6, 7];
    const slots = await apiCall(page, 'PUT', `${base}/posting-slots`, {
      slots: [
        ...days.map((weekday) => ({ network: 'linkedin', weekday, time: '09:00' })),
        ...days.map((weekday) => ({ network: 'bluesky', weekday, time: '12:30' })),
      ],
    });
    expect(slots.status).toBe(200);
    const idea = 'Bouquet de saison : les renoncules arrivent';
    expect((await apiCall(page, 'POST', `${base}/ideas`, { text: idea, network: 'linkedin' })).status).toBe(
      201,
    );

    // The session: the timer starts with it.
    await shell.openSection('batch');
    await batch.startButton.waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'fr-desktop-batch-before');
    await check(page, 'batch-before-fr');
    await batch.start();
    const timer = await apiCall(page, 'GET', `${base}/timer`);
    expect(timer.json.running).not.toBeNull();

    // Five posts from the keyboard; the first from the idea notebook.
    await batch.useIdea(idea);
    expect(await batch.composer.inputValue()).toBe(idea);
    await batch.writeWithKeyboard(idea);
    for (const text of [
      'Atelier composition florale samedi 10 h',
      'Nos fleurs viennent de producteurs à moins de 50 km',
      'Coulisses : la livraison de 5 h du matin',
      'Fête des grands-mères : commandez avant jeudi',
    ])
      await batch.writeWithKeyboard(text);
    expect(await batch.written.count()).toBe(5);
    // Focus is back on a blank composer, ready for the next one.
    expect(await batch.composer.inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('batch-text');
    await closeNotifications(page);
    await screenshot(page, 'fr-desktop-batch-five-posts');
    await check(page, 'batch-five-fr');
    await toPhone(page);
    await screenshot(page, 'fr-phone-batch-five-posts');
    await check(page, 'batch-five-phone-fr');
    await page.setViewportSize(desktop);

    // Ending it stops the timer and shares the minutes out over the five posts.
    await batch.stop();
    expect(await batch.ended.textContent()).toContain('5 publications');
    expect((await apiCall(page, 'GET', `${base}/timer`)).json.running).toBeNull();
    const posts = (await apiCall(page, 'GET', `${base}/posts`)).json as {
      status: string;
      effortMinutes: number;
    }[];
    expect(posts.filter((post) => post.status === 'scheduled')).toHaveLength(5);
    await screenshot(page, 'fr-desktop-batch-ended');

    // Approval required: a post goes to the client.
    await shell.openSection('settings');
    await page.getByTestId('posts-need-approval').click({ force: true });
    await expect.poll(async () => (await apiCall(page, 'GET', base)).json.postsNeedApproval).toBe(true);
    const draft = await apiCall(page, 'POST', `${base}/posts`, {
      text: 'Vitrine de printemps : venez voir les tulipes',
      versions: [{ network: 'linkedin' }],
    });
    const postUrl = `/w/${workspaceId}/posts/${draft.json.id}`;
    await page.goto(postUrl);
    await batch.sendForApproval();
    const client = { name: 'Marc Fleuriste', email: uniqueEmail('marc'), password: 'another pass phrase' };
    const invitation = await apiCall(page, 'POST', `${base}/invitations`, {
      email: client.email,
      role: 'viewer',
    });
    expect(invitation.status).toBe(201);

    // The client, in English, joins and approves.
    const clientSession = await openSession(browser, baseUrl, { locale: 'en-US' });
    const invitationPage = new InvitationPage(clientSession.page, en);
    await invitationPage.open(invitation.json.link);
    await invitationPage.createAccount();
    await new SignUpPage(clientSession.page, en).signUp(client);
    await invitationPage.accept();
    const clientBatch = new BatchPage(clientSession.page, en);
    await clientSession.page.goto(postUrl);
    await clientBatch.approveButton.waitFor();
    await screenshot(clientSession.page, 'en-desktop-client-approval');
    await check(clientSession.page, 'client-approval-en');
    await toPhone(clientSession.page);
    await screenshot(clientSession.page, 'en-phone-client-approval');
    await check(clientSession.page, 'client-approval-phone-en');
    await clientBatch.approveButton.click();
    await clientSession.page.getByTestId('approved-on').waitFor();
    await clientBatch.history.getByText('Marc Fleuriste approved it').waitFor();
    await closeNotifications(clientSession.page);
    await screenshot(clientSession.page, 'en-phone-client-approved');

    // The writer sees who approved it, in French.
    await page.reload();
    await batch.history.getByText('Marc Fleuriste l’a validée').waitFor();
    await screenshot(page, 'fr-desktop-post-approved');
    await check(page, 'post-approved-fr');

    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    expect(clientSession.errors).toEqual([]);
    await clientSession.context.close();
    await context.close();
  });

  it('says when the week has fewer free slots than posts to write, and adds one from the page', async () => {
    const { page, context, errors } = await openSession(browser, baseUrl, { locale: 'en-US' });
    await page.setViewportSize(phone);
    await signUpAndOnboard(
      page,
      en,
      { name: 'Nora Kent', email: uniqueEmail('nora'), password: 'a long pass phrase' },
      { kind: 'freelancer', name: 'Kent Studio', networks: ['linkedin'], hourlyRate: '50' },
    );
    const shell = new WorkspaceShell(page, en);
    const base = `/api/workspaces/${shell.workspaceId()}`;
    // Ten posts asked for and a slot a day: at most seven are free, whatever today is.
    expect(
      (
        await apiCall(page, 'PUT', `${base}/strategy/networks`, {
          networks: [{ network: 'linkedin', targetPostsPerWeek: 10, priority: 1 }],
        })
      ).status,
    ).toBe(200);
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      network: 'linkedin',
      weekday,
      time: '09:00',
    }));
    expect((await apiCall(page, 'PUT', `${base}/posting-slots`, { slots: everyDay })).status).toBe(200);
    const plan = (await apiCall(page, 'GET', `${base}/batch-plan`)).json;
    const line = plan.networks.find((item: { network: string }) => item.network === 'linkedin');
    const short = line.missing - line.openSlots.length;
    expect(short).toBeGreaterThanOrEqual(3);
    const shortText = (count: number) =>
      en.content.batch[count === 1 ? 'slotsShort_one' : 'slotsShort_other'].replace(
        '{{count}}',
        String(count),
      );

    await shell.openSection('batch');
    const warning = page.getByTestId('batch-slots-short-linkedin');
    await warning.waitFor();
    expect(await warning.textContent()).toBe(shortText(short));
    await screenshot(page, 'en-phone-batch-slots-short');
    const findings = await findSeriousViolations(page, 'batch-slots-short-en');

    // One more slot, on Sunday evening: always inside the week the session writes for.
    await page.getByRole('button', { name: en.content.batch.addSlots }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(en.content.slots.time).nth(6).waitFor();
    await dialog.getByRole('button', { name: en.content.slots.add }).click();
    await dialog.getByLabel(en.content.slots.weekday).last().click();
    await page.getByRole('option', { name: 'Sunday' }).click();
    const time = dialog.getByLabel(en.content.slots.time).last();
    await time.fill('18:30');
    await time.blur();
    await dialog.getByRole('button', { name: en.content.slots.save }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => warning.textContent()).toBe(shortText(short - 1));
    const saved = (await apiCall(page, 'GET', `${base}/posting-slots`)).json.slots;
    expect(saved).toContainEqual({ network: 'linkedin', weekday: 7, time: '18:30' });

    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
