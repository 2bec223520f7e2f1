import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';
import { before, escapeRegExp } from './text.js';

type Tab = 'overview' | 'timesheet' | 'entries';

/** /w/:id/time: planned vs actual, the weekly timesheet and the entries list, as tabs. */
export class TimePage {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  async open(workspaceId: string) {
    await this.page.goto(`/w/${workspaceId}/time`);
    await this.heading.waitFor();
  }

  get heading() {
    return this.page.getByRole('heading', { name: this.t.tracking.page.title, level: 1 });
  }

  async showTab(tab: Tab) {
    await this.page.getByRole('tab', { name: this.t.tracking.page.tabs[tab] }).click();
  }

  /** "1,5 h / 6 h": tracked hours over the week's budget. */
  get trackedTotal() {
    return this.page.getByTestId('tracked-total');
  }

  /** The timesheet input of one category on one day, by their visible labels. */
  cell(categoryLabel: string, dayLabel: string) {
    return this.page.getByRole('textbox', {
      name: this.t.tracking.timesheet.cellLabel
        .replace('{{category}}', categoryLabel)
        .replace('{{day}}', dayLabel),
      exact: true,
    });
  }

  /** The timesheet's column header of a day, e.g. "lun. 23". */
  dayHeader(index: number) {
    return this.page.getByRole('columnheader').nth(index + 1);
  }

  async saveTimesheet() {
    await this.page.getByRole('button', { name: this.t.tracking.timesheet.save }).click();
    await this.page.getByText(this.t.tracking.timesheet.saved).first().waitFor();
  }

  get timesheetTotal() {
    return this.page.getByRole('row', { name: new RegExp(`^${this.t.tracking.timesheet.total}`) }).last();
  }

  /** Table rows on a desktop, cards on a phone. */
  get entryRows() {
    return this.page.getByTestId('time-entry');
  }

  entriesSummary() {
    return this.page.getByTestId('entries-summary');
  }

  /** Fills the add-entry dialog, with a duration typed as a person would ("5m"), and submits it. */
  async submitNewEntry(entry: {
    category: string;
    date: string;
    startTime: string;
    duration: string;
    note: string;
  }) {
    await this.page.getByRole('button', { name: this.t.tracking.entries.add }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: this.t.tracking.entryForm.category }).click();
    await this.page.getByRole('option', { name: entry.category, exact: true }).click();
    await dialog.getByLabel(this.t.tracking.entryForm.date).fill(entry.date);
    await dialog.getByLabel(this.t.tracking.entryForm.startTime).fill(entry.startTime);
    await dialog.getByRole('textbox', { name: this.t.tracking.entryForm.duration }).fill(entry.duration);
    await dialog.getByLabel(this.t.tracking.entryForm.note).fill(entry.note);
    await dialog.getByRole('button', { name: this.t.tracking.entryForm.save }).click();
    return dialog;
  }

  async addEntry(entry: {
    category: string;
    date: string;
    startTime: string;
    duration: string;
    note: string;
  }) {
    const dialog = await this.submitNewEntry(entry);
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Opens an entry's edit dialog, switches to an end time and changes it and the note. */
  async editEntry(rowText: string, change: { endTime: string; note: string }) {
    await this.entryRows
      .filter({ hasText: rowText })
      .first()
      .getByRole('button', { name: this.t.tracking.entries.edit })
      .click();
    const dialog = this.page.getByRole('dialog');
    // The end-time input, not the "type the end time" switch (whose label contains the same words).
    await dialog
      .getByLabel(new RegExp(`^${escapeRegExp(this.t.tracking.entryForm.endTime)}`))
      .fill(change.endTime);
    await dialog.getByLabel(this.t.tracking.entryForm.note).fill(change.note);
    await dialog.getByRole('button', { name: this.t.tracking.entryForm.save }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async filterByCategory(category: string) {
    await this.page.getByRole('combobox', { name: this.t.tracking.entries.category, exact: true }).click();
    await this.page.getByRole('option', { name: category, exact: true }).click();
  }

  async duplicateEntry(rowText: string, date: string) {
    await this.entryRows
      .filter({ hasText: rowText })
      .first()
      .getByRole('button', { name: this.t.tracking.entries.duplicate })
      .click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(before(this.t.tracking.entries.duplicateDate)).fill(date);
    await dialog.getByRole('button', { name: this.t.tracking.entries.duplicate }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** The entry's "link to posts" dialog (from its row). */
  async openPostLinks(rowText: string) {
    await this.entryRows
      .filter({ hasText: rowText })
      .first()
      .getByRole('button', { name: this.t.tracking.entries.linkToPosts })
      .click();
    const dialog = this.page.getByRole('dialog', { name: this.t.content.effort.entryModal.title });
    await dialog.waitFor();
    return dialog;
  }

  /** In that dialog: gives `minutes` of the entry (all that is left when null) to the post. */
  async linkToPost(postText: string, minutes: number | null) {
    const dialog = this.page.getByRole('dialog', { name: this.t.content.effort.entryModal.title });
    await dialog.getByRole('combobox', { name: this.t.content.effort.entryModal.post }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${escapeRegExp(postText)}`) }).click();
    if (minutes !== null)
      await dialog.getByRole('textbox', { name: this.t.content.effort.minutes }).fill(String(minutes));
    await dialog.getByRole('button', { name: this.t.content.effort.link, exact: true }).click();
    await dialog.getByTestId('entry-link').filter({ hasText: postText }).waitFor();
  }

  async openImport() {
    await this.page.getByRole('link', { name: this.t.tracking.page.importLink }).click();
    await this.page.waitForURL(/\/time\/import$/);
  }
}
