import type { Page } from 'playwright-core';
import type { BudgetPresetKey } from '../../src/core/budget/presets.js';
import type { Strings } from '../support/browser-session.js';

/** /w/:id/budget: weekly hours per category, the reference hypotheses, costs and work options. */
export class BudgetPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { name: this.t.budget.title, level: 1 });
  }

  /** "Total : 10 h par semaine". */
  /** The total line with its no-break spaces read as spaces ("Total : 11 h par semaine"). */
  async totalText() {
    return (await this.total.textContent())?.replace(/[\u00a0\u202f]/g, ' ') ?? '';
  }

  get total() {
    return this.page.getByTestId('budget-total');
  }

  /** The three cost cards (week, month, year). */
  get cost() {
    return this.page.getByTestId('budget-cost');
  }

  get readOnlyNotice() {
    return this.page.getByText(this.t.budget.readOnly);
  }

  hoursInput(categoryName: string) {
    return this.page.getByRole('textbox', { name: this.t.budget.hoursOf.replace('{{name}}', categoryName) });
  }

  /** The categories as listed, top to bottom (read from their hours fields). */
  async categoryOrder(): Promise<string[]> {
    const prefix = this.t.budget.hoursOf.replace('{{name}}', '');
    const labels = await this.page
      .getByRole('textbox', { name: prefix })
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('aria-label') ?? ''));
    return labels.map((label) => label.slice(prefix.length));
  }

  async moveCategory(categoryName: string, direction: 'up' | 'down') {
    const name = (direction === 'up' ? this.t.budget.moveUp : this.t.budget.moveDown).replace(
      '{{name}}',
      categoryName,
    );
    await this.page.getByRole('button', { name }).click();
  }

  get saveHoursButton() {
    return this.page.getByRole('button', { name: this.t.budget.saveHours });
  }

  private presetName(preset: BudgetPresetKey) {
    return this.t.budget.applyNamed.replace('{{name}}', this.t.budget.presetNames[preset]);
  }

  /** Opens the confirmation of a preset and returns it, so a test can read what it will replace. */
  async openPreset(preset: BudgetPresetKey) {
    await this.page
      .getByRole('main')
      .getByRole('button', { name: this.presetName(preset) })
      .click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  }

  async applyPreset(preset: BudgetPresetKey) {
    const dialog = await this.openPreset(preset);
    await dialog.getByRole('button', { name: this.presetName(preset) }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Types hours the way a person would ("3", "1,5") and saves them. */
  async setHours(categoryName: string, hours: string) {
    const input = this.hoursInput(categoryName);
    await input.fill(hours);
    await input.blur();
    await this.saveHoursButton.click();
    await this.page.getByText(this.t.common.saved).first().waitFor();
  }

  async addCategory(name: string) {
    await this.page.getByLabel(this.t.budget.addCategory).fill(name);
    await this.page.getByRole('button', { name: this.t.budget.add, exact: true }).first().click();
    await this.hoursInput(name).waitFor();
  }

  /** Opens a category's edit dialog. */
  async editCategory(categoryName: string) {
    await this.page
      .getByRole('button', { name: this.t.budget.editCategory.replace('{{name}}', categoryName) })
      .click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  }

  restoreButton(categoryName: string) {
    return this.page.getByRole('button', {
      name: this.t.budget.unarchiveNamed.replace('{{name}}', categoryName),
    });
  }

  /** Adds an agency paid by the hour; `rate` as typed ("55,50"). */
  async addAgency(label: string, rate: string) {
    await this.page.getByRole('button', { name: this.t.budget.addOption }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.t.budget.optionLabel).fill(label);
    await dialog.getByLabel(new RegExp(`^${this.t.budget.hourlyRate}`)).fill(rate);
    await dialog.getByRole('button', { name: this.t.budget.add }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  optionRow(label: string) {
    return this.page.getByRole('listitem').filter({ hasText: label });
  }

  comparisonRow(label: string) {
    return this.page.getByRole('row').filter({ hasText: label });
  }
}
