import type { Locator, Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';
import { escapeRegExp } from './text.js';

/**
 * /w/:id/routine: the week calendar, the generators, the budget comparison and the calendar feed.
 * The calendar is first drawn by the light week grid (days `.routine-grid-day[data-date]`), then by
 * FullCalendar (days `td.fc-timegrid-col[data-date]`) once the pointer reaches it; blocks are
 * `.routine-event` in either. Gestures (drag, resize, click) wait for FullCalendar first, as a
 * person's pointer reaches the calendar before it presses.
 */
const dayColumns = 'td.fc-timegrid-col[data-date], .routine-grid-day[data-date]';
const dayColumnOn = (date: string) =>
  `td.fc-timegrid-col[data-date="${date}"], .routine-grid-day[data-date="${date}"]`;

export class RoutinePage {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  get heading() {
    return this.page.getByRole('heading', { name: this.t.routine.page.title, level: 1 });
  }

  private get calendar() {
    return this.page.getByRole('region', { name: this.t.routine.page.calendar });
  }

  /** Generates the 6 h reference week, confirming the replacement when a routine exists. */
  async generateReferenceWeek() {
    await this.page.getByRole('main').getByRole('button', { name: this.t.routine.page.generate }).click();
    const confirm = this.page.getByRole('dialog', { name: this.t.routine.page.generateConfirmTitle });
    if (await confirm.isVisible().catch(() => false)) {
      await confirm.getByRole('button', { name: this.t.routine.page.generate }).click();
    }
    await this.page.getByText(this.t.routine.page.generated).first().waitFor();
  }

  async openGenerateFromBudget() {
    await this.page
      .getByRole('main')
      .getByRole('button', { name: this.t.routine.page.generateFromBudget })
      .click();
    const dialog = this.page.getByRole('dialog', { name: this.t.routine.page.fromBudgetTitle });
    await dialog.waitFor();
    return dialog;
  }

  /** Fills the budget generator: daily window and working days (ISO numbers), then generates. */
  async generateFromBudget(options: {
    start: string;
    end: string;
    workingDays: number[];
    mode?: 'replace' | 'add';
  }) {
    const dialog = await this.openGenerateFromBudget();
    await dialog.getByLabel(this.t.routine.page.dayStart).fill(options.start);
    await dialog.getByLabel(this.t.routine.page.dayEnd).fill(options.end);
    const boxes = dialog.getByRole('group', { name: this.t.routine.page.workingDays }).getByRole('checkbox');
    for (let index = 0; index < 7; index++) {
      const box = boxes.nth(index);
      if ((await box.isChecked()) !== options.workingDays.includes(index + 1)) await box.click();
    }
    if (options.mode) {
      const label =
        options.mode === 'replace' ? this.t.routine.page.modeReplace : this.t.routine.page.modeAdd;
      await dialog.getByRole('radio', { name: label }).check();
    }
    await dialog.getByRole('button', { name: this.t.routine.page.generateSubmit }).click();
    return dialog;
  }

  async showNextWeek() {
    await this.stepWeek(this.t.routine.page.nextWeek);
  }

  async showPreviousWeek() {
    await this.stepWeek(this.t.routine.page.previousWeek);
  }

  /** The next week from the keyboard: the pointer never reaches the calendar. */
  async showNextWeekByKeyboard() {
    await this.stepWeek(this.t.routine.page.nextWeek, true);
  }

  private async stepWeek(buttonName: string, byKeyboard = false) {
    const title = this.page.getByTestId('routine-week-title');
    const before = await title.textContent();
    const button = this.calendar.getByRole('button', { name: buttonName });
    await (byKeyboard ? button.press('Enter') : button.click());
    await this.page.waitForFunction(
      (previous) => document.querySelector('[data-testid="routine-week-title"]')?.textContent !== previous,
      before,
    );
  }

  /** The local dates shown, Monday first. */
  async shownDates(): Promise<string[]> {
    return this.page
      .locator(dayColumns)
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-date') ?? ''));
  }

  dayColumn(date: string): Locator {
    return this.page.locator(dayColumnOn(date));
  }

  /** The events of one day whose text contains `text` (live and cancelled ones). */
  events(date: string, text: string): Locator {
    return this.dayColumn(date).locator('.routine-event').filter({ hasText: text });
  }

  cancelledEvents(date: string, text: string): Locator {
    return this.dayColumn(date).locator('.routine-event.routine-cancelled').filter({ hasText: text });
  }

  /**
   * Drags an event to another day at the same height, as a person would: press near its top (away
   * from the resize handle), move in small steps (FullCalendar waits for a few pixels of movement
   * before it starts dragging), release over the target column.
   */
  async dragToDay(event: Locator, targetDate: string, extraMinutes = 0) {
    await this.openEditor();
    await this.waitForNoDialog();
    await event.scrollIntoViewIfNeeded();
    const from = await this.boxOf(event);
    const column = await this.boxOf(this.dayColumn(targetDate));
    const slotHeight = await this.slotHeight();
    const startX = from.x + from.width / 2;
    const startY = from.y + Math.min(8, from.height / 3);
    const endX = column.x + column.width / 2;
    const endY = startY + (extraMinutes / 15) * slotHeight;
    await this.page.mouse.move(startX, startY);
    await this.page.mouse.down();
    await this.page.mouse.move(startX + 5, startY + 5, { steps: 5 });
    await this.page.mouse.move(endX, endY, { steps: 20 });
    await this.page.waitForTimeout(100);
    await this.page.mouse.move(endX, endY + 1, { steps: 2 });
    await this.page.mouse.up();
  }

  /** Stretches an event by `minutes` (a multiple of 15) with its bottom resize handle. */
  async resizeBy(event: Locator, minutes: number) {
    await this.openEditor();
    await this.waitForNoDialog();
    await event.scrollIntoViewIfNeeded();
    await event.hover();
    // The handle only shows while the pointer is over the event.
    const handle = event.locator('.fc-event-resizer-end');
    await handle.waitFor({ state: 'visible' });
    const box = await this.boxOf(handle);
    const slotHeight = await this.slotHeight();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const distance = (minutes / 15) * slotHeight;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y + 4, { steps: 4 });
    await this.page.mouse.move(x, y + distance, { steps: 15 });
    await this.page.waitForTimeout(100);
    await this.page.mouse.move(x, y + distance + 1, { steps: 2 });
    await this.page.mouse.up();
  }

  /**
   * Adds a series with the header's button: category, weekdays (ISO numbers), start and duration.
   * Returns the dialog, still open if the server refused the block.
   */
  async addBlock(options: {
    category: string;
    weekdays: number[];
    startTime: string;
    durationMinutes: number;
  }) {
    await this.page.getByRole('main').getByRole('button', { name: this.t.routine.page.addBlock }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t.routine.page.addBlock });
    await dialog.waitFor();
    // Required fields' names end with " *".
    await dialog.getByLabel(this.t.routine.timer.category).click();
    await this.page.getByRole('option', { name: options.category, exact: true }).click();
    const boxes = dialog.getByRole('group', { name: this.t.routine.page.weekdays }).getByRole('checkbox');
    for (let index = 0; index < 7; index++) {
      const box = boxes.nth(index);
      if ((await box.isChecked()) !== options.weekdays.includes(index + 1)) await box.click();
    }
    await dialog.getByLabel(this.t.routine.page.startTime).fill(options.startTime);
    await dialog
      .getByRole('textbox', { name: this.t.routine.page.duration })
      .fill(String(options.durationMinutes));
    await dialog.getByRole('button', { name: this.t.routine.page.addBlock }).click();
    return dialog;
  }

  /** The dialog that asks "this occurrence only" or "the whole series" after a drag or resize. */
  get moveDialog() {
    const names = [this.t.routine.page.moveTitle, this.t.routine.page.resizeTitle].map(escapeRegExp);
    return this.page.getByRole('dialog', { name: new RegExp(`^(${names.join('|')})$`) });
  }

  async chooseMoveScope(scope: 'occurrence' | 'series') {
    await this.moveDialog.waitFor();
    const name = scope === 'series' ? this.t.routine.page.moveSeries : this.t.routine.page.moveOccurrence;
    await this.afterRefresh(() => this.moveDialog.getByRole('button', { name, exact: true }).click());
    await this.moveDialog.waitFor({ state: 'hidden' });
  }

  /**
   * Runs `action` and waits until the week's occurrences have been fetched again: FullCalendar
   * shows a dropped event at once, then redraws every event when the data arrives, and a gesture
   * started in between would be cut short.
   */
  async afterRefresh(action: () => Promise<void>) {
    const refreshed = this.page.waitForResponse(
      (response) => response.url().includes('/routine/occurrences?') && response.request().method() === 'GET',
    );
    await action();
    await refreshed;
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  }

  /** Clicks an event and returns its dialog (named after the category). */
  async openEvent(event: Locator, categoryName: string) {
    await this.openEditor();
    await event.click();
    const dialog = this.page.getByRole('dialog', { name: categoryName });
    await dialog.waitFor();
    return dialog;
  }

  /** Opens an event with the keyboard (Enter on the focused block) and returns its dialog. */
  async openEventByKeyboard(event: Locator, categoryName: string) {
    await event.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: categoryName });
    await dialog.waitFor();
    return dialog;
  }

  /** The comparison row of a category: [name, budget, routine]. */
  async comparisonRow(categoryName: string): Promise<string[]> {
    const row = this.page
      .getByTestId('routine-comparison')
      .getByRole('row')
      .filter({ hasText: categoryName });
    return (await row.locator('th, td').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Creates my calendar link and returns the URL shown once. */
  async createFeedUrl(): Promise<string> {
    await this.page.getByRole('button', { name: this.t.routine.page.icsCreate }).click();
    const field = this.page.getByLabel(this.t.routine.page.icsUrl, { exact: true });
    await field.waitFor();
    return field.inputValue();
  }

  /** Revokes my calendar link, confirming. */
  async revokeMyFeed() {
    await this.page.getByRole('button', { name: this.t.routine.page.icsRevoke }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t.routine.page.icsRevoke });
    await dialog.getByRole('button', { name: this.t.routine.page.icsRevoke }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  get downloadLink() {
    return this.page.getByRole('link', { name: this.t.routine.page.icsDownload });
  }

  /** A closing modal's overlay would catch the pointer. */
  async waitForNoDialog() {
    await this.page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
  }

  private async boxOf(locator: Locator) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('The element has no box (not visible?)');
    return box;
  }

  /** Height of one 15-minute row of the time grid, in pixels. */
  private async slotHeight(): Promise<number> {
    const box = await this.boxOf(this.page.locator('td.fc-timegrid-slot-lane').first());
    return box.height;
  }

  async waitForCalendar() {
    await this.calendar.locator(dayColumns).first().waitFor();
  }

  /** Whether FullCalendar has taken over from the light week grid. */
  isEditorShown() {
    return this.calendar.locator('td.fc-timegrid-col[data-date]').first().isVisible();
  }

  /** Brings the pointer over the calendar, which fetches FullCalendar, and waits for it to draw. */
  async openEditor() {
    if (await this.isEditorShown()) return;
    await this.calendar.locator('.routine-grid-body').hover();
    await this.calendar.locator('td.fc-timegrid-col[data-date]').first().waitFor();
  }
}
