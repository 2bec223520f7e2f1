import type { Locator, Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';
import { before } from './text.js';

/** The idea notebook, its quick capture, the post editor and the editorial calendar. */
export class ContentPages {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  get captureDialog() {
    return this.page.getByRole('dialog', { name: this.t.content.capture.title });
  }

  /** The header's bulb, as a person on a phone would tap it. */
  async captureIdea(idea: { text: string; link?: string }) {
    await this.page.getByRole('button', { name: this.t.content.capture.button }).first().click();
    const dialog = this.captureDialog;
    await dialog.waitFor();
    await dialog.getByLabel(this.t.content.capture.text).fill(idea.text);
    if (idea.link) await dialog.getByLabel(this.t.content.capture.link).fill(idea.link);
    return dialog;
  }

  async saveCapture() {
    await this.captureDialog.getByRole('button', { name: this.t.content.capture.save }).click();
    await this.captureDialog.waitFor({ state: 'hidden' });
  }

  idea(text: string): Locator {
    return this.page.getByTestId('idea').filter({ hasText: text });
  }

  async writePostFrom(text: string) {
    await this.idea(text).getByRole('button', { name: this.t.content.ideas.toPost }).click();
    await this.page.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
    await this.mainText.waitFor();
  }

  get mainText() {
    return this.page.getByLabel(this.t.content.editor.text);
  }

  counter(network: string): Locator {
    return this.page.getByTestId(`length-${network}`).first();
  }

  get scheduleButton() {
    return this.page.getByRole('button', { name: this.t.content.schedule.schedule, exact: true });
  }

  async adaptFor(networkLabel: string, text: string) {
    await this.page
      .getByRole('button', { name: this.t.content.editor.adapt.replace('{{network}}', networkLabel) })
      .click();
    await this.page
      .getByLabel(this.t.content.editor.versionText.replace('{{network}}', networkLabel))
      .fill(text);
  }

  async schedule(date: string, time: string) {
    await this.page.getByLabel(this.t.content.schedule.date, { exact: true }).fill(date);
    await this.page.getByLabel(this.t.content.schedule.time, { exact: true }).fill(time);
    await this.scheduleButton.click();
    // A refusal says why (it once went unexplained: the time never showed).
    const problem = this.page.locator('.mantine-Notification-root:has(.mantine-Notification-title)');
    await this.scheduledFor.or(problem).first().waitFor();
    if ((await problem.count()) > 0)
      throw new Error(`Scheduling refused: ${await problem.first().innerText()}`);
  }

  /** The checkbox of a connected account in a version's "accounts to publish to" choice. */
  accountChoice(networkLabel: string, accountName: string): Locator {
    return this.page
      .getByRole('group', { name: this.t.content.editor.accounts.replace('{{network}}', networkLabel) })
      .getByRole('checkbox', { name: accountName });
  }

  /** A publication of the open post in its "Automatic publishing" panel, by account name. */
  publication(accountName: string): Locator {
    return this.page.locator('[data-testid^="publication-"]').filter({ hasText: accountName });
  }

  publicationState(accountName: string, status: keyof Strings['publishing']['statuses']): Locator {
    return this.publication(accountName).getByText(this.t.publishing.statuses[status], { exact: true });
  }

  get noAccountNotice(): Locator {
    return this.page.getByText(this.t.content.editor.noAccount);
  }

  get scheduledFor() {
    return this.page.getByTestId('scheduled-for');
  }

  async waitForCalendar() {
    await this.page.locator('.content-calendar .fc-view-harness').waitFor();
  }

  /** The calendar's list (a phone's first view): the month's posts by day. */
  get calendarList(): Locator {
    return this.page.getByTestId('calendar-list');
  }

  /** A post's link in the list, under its local date's heading ("Tuesday 8 December"). */
  listedPost(date: string, text: string, language: 'fr' | 'en'): Locator {
    const day = new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${date}T12:00:00Z`));
    return this.page
      .getByRole('list', { name: day, exact: true })
      .getByRole('link')
      .filter({ hasText: text });
  }

  /** The month view's cell of a local date. */
  dayCell(date: string): Locator {
    return this.page.locator(`.content-calendar td.fc-daygrid-day[data-date="${date}"]`);
  }

  events(date: string, text: string): Locator {
    return this.dayCell(date).locator('.fc-event').filter({ hasText: text });
  }

  /** Drags a post to another day's cell and returns the status of the move the calendar sent. */
  async dragToDay(event: Locator, date: string): Promise<number> {
    await event.scrollIntoViewIfNeeded();
    await this.dayCell(date).scrollIntoViewIfNeeded();
    const moved = this.page.waitForResponse((response) => response.url().endsWith('/move'), {
      timeout: 10_000,
    });
    const from = await event.boundingBox();
    const to = await this.dayCell(date).boundingBox();
    if (!from || !to) throw new Error('Nothing to drag, or nowhere to drop');
    const startX = from.x + from.width / 2;
    const startY = from.y + from.height / 2;
    await this.page.mouse.move(startX, startY);
    await this.page.mouse.down();
    await this.page.mouse.move(startX + 5, startY + 5, { steps: 5 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await this.page.waitForTimeout(100);
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 1, { steps: 2 });
    await this.page.mouse.up();
    return (await moved).status();
  }

  weekProgress(network: string) {
    return this.page.getByTestId(`week-progress-${network}`);
  }

  get balanceHeading() {
    return this.page.getByRole('heading', { name: before(this.t.content.calendar.balance) });
  }
}
