import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The results page, the header's quick-log button and its dialog. */
export class ResultsPages {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  get totals() {
    return this.page.getByTestId('results-totals');
  }

  /** The totals row of a key (a network key, `none`, `all`...). */
  totalRow(key: string) {
    return this.totals.locator(`tr[data-key="${key}"]`);
  }

  /** A row's "too little data" badge: a button that opens its explanation. */
  thinBadge(key: string) {
    return this.totalRow(key).getByRole('button', { name: this.t.results.thin });
  }

  /** The explanation a "too little data" badge opened: a dialog named by the badge. */
  get thinHelp() {
    return this.page.getByRole('dialog', { name: this.t.results.thin });
  }

  async roiOf(key: string): Promise<string> {
    return ((await this.totalRow(key).locator('[data-column="roi"]').textContent()) ?? '').trim();
  }

  async revenueOf(key: string): Promise<string> {
    return ((await this.totalRow(key).locator('[data-column="revenue"]').textContent()) ?? '').trim();
  }

  /** The cost and revenue chart, by its accessible name. */
  get chart() {
    return this.page.getByRole('img', { name: this.t.results.chartTitle });
  }

  /** The chart's numbers as a table (read by screen readers instead of the drawing): one key's row. */
  chartTableRow(keyLabel: string) {
    return this.page
      .getByRole('table', { name: this.t.results.chartTitle, includeHidden: true })
      .getByRole('row', { name: keyLabel, includeHidden: true });
  }

  get dialog() {
    return this.page.getByRole('dialog', { name: this.t.results.outcomes.log });
  }

  /** The trophy in the header, then a client won with its amount and source post. */
  async logClientWon(options: { amount: string; postText: string }) {
    await this.page.getByTestId('quick-log-outcome').click();
    await this.dialog.waitFor();
    await this.dialog.getByText(this.t.results.outcomes.kinds.client, { exact: true }).click();
    await this.dialog
      .getByLabel(new RegExp(this.t.results.outcomes.amount.split(' (')[0] ?? ''))
      .fill(options.amount);
    await this.dialog.getByRole('combobox', { name: this.t.results.outcomes.post }).click();
    await this.page.getByRole('option', { name: options.postText }).click();
  }

  async saveOutcome() {
    await this.dialog.getByRole('button', { name: this.t.results.outcomes.save }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
