import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignUpPage } from './pages/auth-pages.js';
import { ImportPage } from './pages/import-page.js';
import { InvitationPage } from './pages/invitation-page.js';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { TimePage } from './pages/time-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import { desktop, openSession, phone, screenshot, strings, uniqueEmail } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const { fr, en } = strings;
const zone = 'Europe/Paris';

/**
 * A Toggl Track "detailed report" export as Toggl writes it: UTF-8 with a BOM, ISO dates, 24 h
 * times, hh:mm:ss durations, quoted fields with commas and doubled quotes. Line 5 crosses
 * midnight; line 6 has a date that does not exist and must be reported, not imported.
 */
const togglCsv = [
  'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()',
  'Marie Dupont,marie@boulangerie-dupont.fr,Boulangerie Dupont,Instagram,,Réponses aux commentaires,No,2026-11-16,09:00:00,2026-11-16,09:45:00,00:45:00,Communication,',
  'Marie Dupont,marie@boulangerie-dupont.fr,Boulangerie Dupont,Blog,Article novembre,"Article : 5 erreurs, ""vraiment"" évitables",Yes,2026-11-17,10:00:00,2026-11-17,12:15:00,02:15:00,Blogging,112.50',
  'Marie Dupont,marie@boulangerie-dupont.fr,Boulangerie Dupont,Veille,,Veille concurrents,No,2026-11-18,08:30:00,2026-11-18,09:00:00,00:30:00,,',
  'Marie Dupont,marie@boulangerie-dupont.fr,Boulangerie Dupont,Instagram,,Stories du soir,No,2026-11-19,23:30:00,2026-11-20,00:15:00,00:45:00,,',
  'Marie Dupont,marie@boulangerie-dupont.fr,Boulangerie Dupont,Instagram,,Publication,No,2026-11-32,10:00:00,2026-11-32,10:15:00,00:15:00,,',
].join('\r\n');
const togglFile = {
  name: 'Toggl_time_entries_2026-11-16_to_2026-11-22.csv',
  content: Buffer.from(`\uFEFF${togglCsv}\r\n`),
};

/** A Clockify "detailed report" with day/month dates that also read as month/day. */
const ambiguousClockifyFile = {
  name: 'Clockify_Time_Report_Detailed_04_2026.csv',
  content: Buffer.from(
    [
      '"Project","Client","Description","Task","User","Group","Email","Tags","Billable","Start Date","Start Time","End Date","End Time","Duration (h)","Duration (decimal)","Billable Rate (EUR)","Billable Amount (EUR)"',
      '"LinkedIn","Boulangerie Dupont","Veille du matin","","Marie Dupont","","marie@boulangerie-dupont.fr","Veille","No","03/04/2026","09:00","03/04/2026","09:30","00:30:00","0,50","0,00","0,00"',
      '"LinkedIn","Boulangerie Dupont","Réponses","","Marie Dupont","","marie@boulangerie-dupont.fr","Communication","No","05/04/2026","14:00","05/04/2026","15:00","01:00:00","1,00","0,00","0,00"',
      '',
    ].join('\n'),
  ),
};

/** About 1.5 MB of Toggl rows, one a quarter of an hour, to watch the upload progress. */
function largeTogglFile() {
  const rows = Array.from({ length: 8_000 }, (_, index) => {
    const start = new Date(Date.UTC(2025, 0, 1) + index * 6 * 3_600_000);
    const date = start.toISOString().slice(0, 10);
    const hour = String(start.getUTCHours()).padStart(2, '0');
    return `Marie Dupont,marie@boulangerie-dupont.fr,Boulangerie Dupont,Instagram,,Publication numéro ${index} du calendrier éditorial,No,${date},${hour}:00:00,${date},${hour}:15:00,00:15:00,Acquisition,`;
  });
  const text = [togglCsv.split('\r\n')[0], ...rows].join('\r\n');
  return { name: 'Toggl_time_entries_2025.csv', content: Buffer.from(`\uFEFF${text}\r\n`) };
}

/** Today's date in the workspace's zone, and its ISO weekday (1 = Monday). */
function todayInZone(): { date: string; weekday: number } {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  return { date, weekday: ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1 };
}

const minutesIntoDayInZone = (at: Date) => {
  const [hours = 0, minutes = 0] = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .split(':')
    .map(Number);
  return hours * 60 + minutes;
};

/**
 * A day of this week whose first half hour is over in the workspace's zone, for the entries typed
 * at 00:00–00:20: today, unless it is not yet 00:30 there (those minutes are still to come and
 * the server rightly refuses them), then yesterday, or on a Monday the wait until 00:30
 * (yesterday belongs to the week before, which the entries page does not list).
 */
async function dayWithPastMidnight(): Promise<string> {
  const { date, weekday } = todayInZone();
  const minutes = minutesIntoDayInZone(new Date());
  if (minutes >= 30) return date;
  if (weekday > 1) return new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await new Promise((resolve) => setTimeout(resolve, (31 - minutes) * 60_000));
  return todayInZone().date;
}

/** Room for that wait in the tests that may need it: only around midnight from Sunday to Monday. */
const midnightWaitAllowance = (() => {
  const soon = new Date(Date.now() + 20 * 60_000);
  const { weekday } = todayInZone();
  const nearMondayMidnight =
    (weekday === 7 && minutesIntoDayInZone(new Date()) >= 23 * 60 + 30) ||
    (weekday === 1 && minutesIntoDayInZone(soon) < 60);
  return nearMondayMidnight ? 35 * 60_000 : 0;
})();

/** Screenshots from the top with nothing focused, so the fixed header sits where it belongs. */
async function shoot(page: Page, name: string) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  // On a phone the navbar slides away after a resize: wait until it is out of the picture.
  await page.waitForFunction(() => {
    const navbar = document.querySelector('nav');
    return window.innerWidth >= 768 || !navbar || navbar.getBoundingClientRect().right <= 1;
  });
  await screenshot(page, name);
}

async function apiJson<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await page.request.fetch(path, { method, ...(data === undefined ? {} : { data }) });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Gives the workspace the 6 h reference week, plus a block today when the reference week has
 * none (weekends), so the Today planner always has a block to start.
 */
async function prepareRoutine(page: Page, workspaceId: string) {
  const base = `/api/workspaces/${workspaceId}`;
  await apiJson(page, 'POST', `${base}/routine/generate/reference-week`, { mode: 'replace' });
  const today = await apiJson<{ occurrences: unknown[] }>(page, 'GET', `${base}/routine/today`);
  if (today.occurrences.length > 0) return;
  const categories = await apiJson<{ id: string; referenceKey: string | null }[]>(
    page,
    'GET',
    `${base}/categories`,
  );
  const communication = categories.find((category) => category.referenceKey === 'communication');
  await apiJson(page, 'POST', `${base}/routine/blocks`, {
    weekdays: [todayInZone().weekday],
    startTime: '07:00',
    durationMinutes: 30,
    categoryId: communication?.id,
  });
}

describe.skipIf(!chromiumPath)('time tracking', () => {
  let browser: Browser;
  const owner = { name: 'Marie Dupont', email: uniqueEmail('marie'), password: 'une phrase de passe' };
  /** Set by the first test, which signs up and sets up the workspace the others use. */
  let workspaceId = '';
  let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;
  const { date: today } = todayInZone();

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('times a routine block, types time in the timesheet and imports a Toggl file, in French', {
    timeout: 90_000 + midnightWaitAllowance,
  }, async () => {
    const session = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const { page } = session;
    const findings: AxeFinding[] = [];
    const check = async (name: string) => findings.push(...(await findSeriousViolations(page, name)));

    await signUpAndOnboard(page, fr, owner, {
      kind: 'small_business',
      name: 'Boulangerie Dupont',
      networks: ['instagram'],
      hourlyRate: '40',
      preset: 'essential6',
    });
    const shell = new WorkspaceShell(page, fr);
    workspaceId = shell.workspaceId();
    await prepareRoutine(page, workspaceId);

    // Start the first block of the day from the Today planner: the header timer runs.
    await page.goto(`/w/${workspaceId}/today`);
    await page.getByRole('heading', { name: fr.routine.today.title, level: 1 }).waitFor();
    await page
      .getByRole('main')
      .getByRole('button', { name: fr.routine.today.start, exact: true })
      .first()
      .click();
    const stopTimer = page.getByRole('button', { name: fr.routine.timer.stopTimer });
    await stopTimer.waitFor();
    await page.waitForTimeout(2_000); // a timer stopped within its first second is not kept
    await stopTimer.click();
    await page.getByRole('button', { name: fr.routine.timer.startTimer }).waitFor();

    // The time page: the timer's entry is listed, the week's budget is the 6 h preset.
    const time = new TimePage(page, fr);
    await time.open(workspaceId);
    // A few seconds tracked: not "0 h" beside their cost (issue #11).
    await expect.poll(() => time.trackedTotal.textContent()).toContain('<\u00a01 min / 6 h');
    await check('time-overview');
    await shoot(page, 'fr-desktop-time-overview');

    // Type 1 h 30 of Communication today in the timesheet (French decimal comma works too).
    await time.showTab('timesheet');
    const todayHeader = await page
      .getByRole('columnheader')
      .filter({ hasText: new RegExp(`\\b${Number(today.slice(8))}\\b`) })
      .first()
      .textContent();
    const cell = time.cell('Communication', (todayHeader ?? '').trim());
    await cell.fill('abc');
    await page.getByText(fr.tracking.duration.invalid_format.replace('{{input}}', 'abc')).first().waitFor();
    expect(await page.getByRole('button', { name: fr.tracking.timesheet.save }).isDisabled()).toBe(true);
    await cell.fill('1,5');
    await time.saveTimesheet();
    await expect.poll(() => cell.inputValue()).toBe('1:30');
    await check('time-timesheet');
    await shoot(page, 'fr-desktop-timesheet');
    await page.setViewportSize(phone);
    await shoot(page, 'fr-phone-timesheet');
    await page.setViewportSize(desktop);

    // Planned vs actual follows.
    await time.showTab('overview');
    await expect.poll(() => time.trackedTotal.textContent()).toContain('1,5 h / 6 h');
    await page.setViewportSize(phone);
    await shoot(page, 'fr-phone-time-overview');
    await page.setViewportSize(desktop);

    // The entries: add one by hand, duplicate it, all in the workspace's hours.
    await time.showTab('entries');
    await expect.poll(() => time.entriesSummary().textContent()).toMatch(/^2 entrées/);
    const midnightDay = await dayWithPastMidnight();
    await time.addEntry({
      category: 'Veille / sourcing',
      date: midnightDay,
      startTime: '00:00',
      duration: '5m',
      note: 'Veille de minuit',
    });
    await expect.poll(() => time.entriesSummary().textContent()).toMatch(/^3 entrées/);
    expect(await time.entryRows.filter({ hasText: 'Veille de minuit' }).textContent()).toContain(
      '00:00–00:05',
    );
    await time.duplicateEntry('Veille de minuit', midnightDay);
    await expect.poll(() => time.entriesSummary().textContent()).toMatch(/^4 entrées/);
    // Edit the copy: an end time instead of a duration, and a note.
    await time.editEntry('Veille de minuit', { endTime: '00:20', note: 'Veille de minuit, corrigée' });
    await expect
      .poll(() => time.entryRows.filter({ hasText: 'corrigée' }).textContent())
      .toContain('00:00–00:20');
    await time.filterByCategory('Veille / sourcing');
    await expect.poll(() => time.entriesSummary().textContent()).toBe('2 entrées · 25m');
    await check('time-entries');
    await shoot(page, 'fr-desktop-time-entries');
    await page.setViewportSize(phone);
    await expect.poll(() => time.entryRows.first().evaluate((row) => row.tagName)).toBe('LI');
    await shoot(page, 'fr-phone-time-entries');
    await page.setViewportSize(desktop);

    // Import a Toggl export: preview, cancel (nothing written), then preview again and import.
    await time.openImport();
    const importPage = new ImportPage(page, fr);
    await importPage.heading.waitFor();
    await importPage.historyEmpty.waitFor();
    await importPage.analyse(togglFile);
    expect(await importPage.figure('rows-read').textContent()).toContain('5');
    expect(await importPage.figure('rows-to-import').textContent()).toContain('4');
    expect(await importPage.figure('errors').textContent()).toContain('1');
    expect(await importPage.figure('hours').textContent()).toContain('4:15');
    expect(await importPage.issueRow(6).textContent()).toContain('2026-11-32');
    await importPage.cancel();
    await page.getByText(fr.tracking.imports.cancelled).first().waitFor();
    await importPage.historyEmpty.waitFor();

    await importPage.analyse(togglFile);
    // Tags and projects named like categories are mapped already; "Instagram" is not.
    await importPage.check();
    await page.getByText(fr.tracking.imports.unmappedRows_one.replace('{{count}}', '1')).waitFor();
    // Three rows are mapped; the fourth blocks the import until it has a category.
    expect(await importPage.commitButton(3).isDisabled()).toBe(true);
    await importPage.map('Instagram', 'Acquisition / partage');
    await importPage.check();
    await check('import-preview');
    await shoot(page, 'fr-desktop-import-preview');
    await page.setViewportSize(phone);
    await shoot(page, 'fr-phone-import-preview');
    await page.setViewportSize(desktop);
    await importPage.commitButton(4).click();
    await page.getByText(fr.tracking.imports.done_other.replace('{{count}}', '4')).waitFor();
    await expect.poll(() => importPage.history.textContent()).toContain(togglFile.name);
    await shoot(page, 'fr-desktop-import-done');

    // The imported week shows in the entries; undoing the import removes them.
    const imported = await apiJson<{ total: number }>(
      page,
      'GET',
      `/api/workspaces/${workspaceId}/time-entries?origin=import`,
    );
    expect(imported.total).toBe(4);
    await importPage.undo();
    await expect.poll(() => importPage.history.textContent()).toContain(fr.tracking.imports.statuses.undone);
    const afterUndo = await apiJson<{ total: number }>(
      page,
      'GET',
      `/api/workspaces/${workspaceId}/time-entries?origin=import`,
    );
    expect(afterUndo.total).toBe(0);
    signedIn = await session.context.storageState();
    expect(findings).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('lets an English device in New York enter and cut back time in the workspace’s Paris hours', {
    timeout: 90_000 + midnightWaitAllowance,
  }, async () => {
    expect(workspaceId).not.toBe('');
    const findings: AxeFinding[] = [];
    const english = await browser.newContext({
      baseURL: baseUrl,
      locale: 'en-US',
      timezoneId: 'America/New_York',
      viewport: desktop,
      storageState: signedIn,
    });
    const enPage = await english.newPage();
    const enErrors: string[] = [];
    enPage.on('pageerror', (error) => enErrors.push(error.message));
    await enPage.goto(`/w/${workspaceId}`);
    const enShell = new WorkspaceShell(enPage, fr);
    await enShell.switchLanguage('en');
    const enTime = new TimePage(enPage, en);
    await enTime.open(workspaceId);
    await expect.poll(() => enTime.trackedTotal.textContent()).toContain('1.9 h / 6 h');
    await shoot(enPage, 'en-desktop-time-overview');
    await enTime.showTab('entries');
    // Time cannot be typed ahead: the server's refusal shows under the duration, the dialog stays.
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const refused = await enTime.submitNewEntry({
      category: 'Analysis',
      date: tomorrow,
      startTime: '10:00',
      duration: '1:00',
      note: 'Tomorrow',
    });
    await refused
      .getByText(/future/)
      .first()
      .waitFor();
    expect(
      await refused
        .getByRole('textbox', { name: en.tracking.entryForm.duration })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await refused.getByRole('button', { name: en.common.cancel }).click();
    await refused.waitFor({ state: 'hidden' });
    const newYorkDay = await dayWithPastMidnight();
    await enTime.addEntry({
      category: 'Analysis',
      date: newYorkDay,
      startTime: '00:10',
      duration: '0:05',
      note: 'Checked from New York',
    });
    const row = enTime.entryRows.filter({ hasText: 'Checked from New York' });
    expect(await row.textContent()).toMatch(/12:10\s?AM–12:15\s?AM/);
    const mine = await apiJson<{ entries: { note: string; startedAt: string }[] }>(
      enPage,
      'GET',
      `/api/workspaces/${workspaceId}/time-entries?from=${newYorkDay}&to=${newYorkDay}`,
    );
    const typed = mine.entries.find((entry) => entry.note === 'Checked from New York');
    const parisMidnight = new Date(`${newYorkDay}T00:10:00Z`);
    const offsetHours = Number(
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
        .formatToParts(parisMidnight)
        .find((part) => part.type === 'timeZoneName')
        ?.value.replace('GMT', '') || '0',
    );
    // 00:10 in Paris, not in New York (the device's zone).
    expect(Date.parse(typed?.startedAt ?? '')).toBe(parisMidnight.getTime() - offsetHours * 3_600_000);
    await enPage.setViewportSize(phone);
    await shoot(enPage, 'en-phone-time-entries');
    await enTime.showTab('timesheet');
    await enPage.getByRole('region', { name: en.tracking.timesheet.title }).waitFor();
    await shoot(enPage, 'en-phone-timesheet');
    await enPage.setViewportSize(desktop);
    await enTime.openImport();
    const enImport = new ImportPage(enPage, en);
    await enImport.analyse(togglFile);
    await enImport.map('Instagram', 'Acquisition / sharing');
    await enImport.check();
    await shoot(enPage, 'en-desktop-import-preview');
    await enPage.setViewportSize(phone);
    await shoot(enPage, 'en-phone-import-preview');
    findings.push(...(await findSeriousViolations(enPage, 'en-import-preview')));

    // Start the header timer by hand (the answer is the timer's state), then forget it for 5 h:
    // cutting it back suggests the start + 4 h, typed in Paris hours.
    const base = `/api/workspaces/${workspaceId}`;
    await enPage.setViewportSize(desktop);
    await enPage.getByRole('button', { name: en.routine.timer.startTimer }).click();
    const startForm = enPage.getByRole('dialog');
    await startForm.getByRole('combobox', { name: en.routine.timer.category }).click();
    await enPage.getByRole('option', { name: 'Curation', exact: true }).click();
    await startForm.getByRole('button', { name: en.routine.timer.start, exact: true }).click();
    await enPage.getByRole('button', { name: en.routine.timer.stopTimer }).waitFor();
    expect(await enPage.getByText(en.errors.invalidResponseTitle).count()).toBe(0);
    const { running } = await apiJson<{ running: { id: string } }>(enPage, 'GET', `${base}/timer`);
    const startedAt = Math.floor((Date.now() - 5 * 3_600_000) / 60_000) * 60_000;
    await apiJson(enPage, 'PATCH', `${base}/time-entries/${running.id}`, {
      startedAt: new Date(startedAt).toISOString(),
    });
    await enPage.reload();
    await enPage.getByRole('button', { name: en.routine.timer.forgotten }).click();
    await enPage.getByRole('dialog').getByText(zone).waitFor();
    await screenshot(enPage, 'en-desktop-forgotten-timer');
    await enPage.getByRole('button', { name: en.routine.timer.cutBack }).click();
    await enPage.getByRole('button', { name: en.routine.timer.startTimer }).waitFor();
    const timed = await apiJson<{ entries: { id: string; endedAt: string | null }[] }>(
      enPage,
      'GET',
      `${base}/time-entries?origin=timer&pageSize=500`,
    );
    // The default end is the start + the 4 h limit: had the device's zone been used, it would be 6 h off.
    expect(Date.parse(timed.entries.find((entry) => entry.id === running.id)?.endedAt ?? '')).toBe(
      startedAt + 4 * 3_600_000,
    );

    expect(findings).toEqual([]);
    expect(enErrors).toEqual([]);
    await english.close();
  });

  it('shows the upload progress of a large export, and cancelling it writes nothing', async () => {
    expect(workspaceId).not.toBe('');
    const context = await browser.newContext({
      baseURL: baseUrl,
      locale: 'fr-FR',
      timezoneId: zone,
      viewport: desktop,
      storageState: signedIn,
    });
    const page = await context.newPage();
    // A slow uplink (200 KB/s): a 1.5 MB export takes several seconds to send.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 200 * 1024,
    });
    await page.goto(`/w/${workspaceId}/time/import`);
    await new WorkspaceShell(page, en).switchLanguage('fr');
    const importPage = new ImportPage(page, fr);
    await importPage.heading.waitFor();
    const importsBefore = await apiJson<unknown[]>(page, 'GET', `/api/workspaces/${workspaceId}/imports`);

    await importPage.chooseFile(largeTogglFile());
    await importPage.analyseButton.click();
    await page.getByText(/^Envoi du fichier… \d+ %$/).waitFor();
    await expect
      .poll(async () => Number(await importPage.progressBar.getAttribute('aria-valuenow')), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    await shoot(page, 'fr-desktop-import-progress');
    expect(await findSeriousViolations(page, 'import-progress')).toEqual([]);
    await importPage.cancel();
    await expect.poll(() => importPage.progressBar.count()).toBe(0);
    // The button is enabled again a moment after the bar goes (seen once the page answered faster).
    await expect.poll(() => importPage.analyseButton.isEnabled()).toBe(true);
    const importsAfter = await apiJson<unknown[]>(page, 'GET', `/api/workspaces/${workspaceId}/imports`);
    expect(importsAfter).toEqual(importsBefore);

    // A Clockify export whose dates read both ways (03/04: 3 April or 4 March?): the person says.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await importPage.analyse(ambiguousClockifyFile);
    expect(await page.getByText('Clockify,').textContent()).toContain('JJ/MM/AAAA');
    await page.getByText(fr.tracking.imports.ambiguousDates).waitFor();
    await expect
      .poll(() => importPage.figure('range').textContent())
      .toContain('du 3 avr. 2026 au 5 avr. 2026');
    await importPage.chooseDateFormat('mdy');
    await expect
      .poll(() => importPage.figure('range').textContent())
      .toContain('du 4 mars 2026 au 4 mai 2026');
    await shoot(page, 'fr-desktop-import-ambiguous-dates');
    await context.close();
  });
  it('shows a viewer the time read-only, and lets a manager fill in a teammate’s week', async () => {
    expect(workspaceId).not.toBe('');
    const ownerContext = await browser.newContext({ baseURL: baseUrl, storageState: signedIn });
    const invitation = await apiJson<{ link: string }>(
      await ownerContext.newPage(),
      'POST',
      `/api/workspaces/${workspaceId}/invitations`,
      { email: uniqueEmail('client'), role: 'viewer' },
    );
    await ownerContext.close();
    const viewer = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    const invitationPage = new InvitationPage(viewer.page, fr);
    await invitationPage.open(invitation.link);
    await invitationPage.createAccount();
    const email = await new SignUpPage(viewer.page, fr).emailInput.inputValue();
    await new SignUpPage(viewer.page, fr).signUp({
      name: 'Client Dupont',
      email,
      password: 'une phrase de passe',
    });
    await invitationPage.accept();

    const time = new TimePage(viewer.page, fr);
    await time.open(workspaceId);
    await expect.poll(() => time.trackedTotal.textContent()).toContain('h / 6 h');
    expect(await viewer.page.getByRole('link', { name: fr.tracking.page.importLink }).count()).toBe(0);
    await time.showTab('timesheet');
    await viewer.page.getByText(fr.tracking.timesheet.readOnly).waitFor();
    expect(await viewer.page.getByRole('button', { name: fr.tracking.timesheet.save }).count()).toBe(0);
    const grid = viewer.page.getByRole('region', { name: fr.tracking.timesheet.title });
    await expect.poll(() => grid.locator('input').count()).toBeGreaterThan(0);
    expect(await grid.locator('input:not([disabled])').count()).toBe(0);
    await time.showTab('entries');
    await expect.poll(() => time.entryRows.count()).toBeGreaterThan(0);
    expect(await viewer.page.getByRole('button', { name: fr.tracking.entries.add }).count()).toBe(0);
    expect(await viewer.page.getByRole('button', { name: fr.tracking.entries.edit }).count()).toBe(0);
    await viewer.page.goto(`/w/${workspaceId}/time/import`);
    await viewer.page.getByRole('heading', { name: fr.tracking.imports.historyTitle }).waitFor();
    expect(await viewer.page.getByRole('button', { name: fr.tracking.imports.analyse }).count()).toBe(0);
    expect(await viewer.page.getByRole('button', { name: fr.tracking.imports.undo }).count()).toBe(0);
    expect(viewer.errors).toEqual([]);
    await viewer.context.close();

    // The owner (a manager) fills in a teammate's week from the same grid.
    const owner = await openSession(browser, baseUrl, { locale: 'fr-FR' });
    await owner.context.addCookies(
      (signedIn as { cookies: Parameters<BrowserContext['addCookies']>[0] }).cookies,
    );
    await owner.page.goto(`/w/${workspaceId}`);
    await new WorkspaceShell(owner.page, fr).switchLanguage('fr');
    const ownerTime = new TimePage(owner.page, fr);
    await ownerTime.open(workspaceId);
    await ownerTime.showTab('timesheet');
    await owner.page.getByRole('combobox', { name: fr.tracking.timesheet.member }).click();
    await owner.page.getByRole('option', { name: 'Client Dupont', exact: true }).click();
    const todayHeader = (await ownerTime.dayHeader(todayInZone().weekday - 1).textContent()) ?? '';
    const cell = ownerTime.cell('Curation', todayHeader.trim());
    await expect.poll(() => cell.inputValue()).toBe('');
    await cell.fill('0:30');
    await ownerTime.saveTimesheet();
    const members = await apiJson<{ userId: string; name: string }[]>(
      owner.page,
      'GET',
      `/api/workspaces/${workspaceId}/members`,
    );
    const clientId = members.find((member) => member.name === 'Client Dupont')?.userId ?? '';
    const sheet = await apiJson<{ totalSeconds: number }>(
      owner.page,
      'GET',
      `/api/workspaces/${workspaceId}/timesheet?userId=${encodeURIComponent(clientId)}`,
    );
    expect(sheet.totalSeconds).toBe(1800);
    expect(owner.errors).toEqual([]);
    await owner.context.close();
  });
});
