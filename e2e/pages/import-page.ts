import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';
import { before } from './text.js';

/** /w/:id/time/import: choose a tracker CSV, preview, map, check, then import or cancel. */
export class ImportPage {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { name: this.t.tracking.imports.title, level: 1 });
  }

  /** Chooses the file as a person would, through the file dialog. */
  async chooseFile(file: { name: string; content: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: before(this.t.tracking.imports.fileLabel) }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'text/csv', buffer: file.content });
  }

  /** Chooses the file and waits for its preview. */
  async analyse(file: { name: string; content: Buffer }) {
    await this.chooseFile(file);
    await this.page.getByRole('button', { name: this.t.tracking.imports.analyse }).click();
    await this.page.getByRole('heading', { name: this.t.tracking.imports.summaryTitle }).waitFor();
  }

  get analyseButton() {
    return this.page.getByRole('button', { name: this.t.tracking.imports.analyse });
  }

  get progressBar() {
    return this.page.getByRole('progressbar', { name: this.t.tracking.imports.progressLabel });
  }

  figure(testId: 'rows-read' | 'rows-to-import' | 'duplicates' | 'errors' | 'hours' | 'range') {
    return this.page.getByTestId(`import-${testId}`);
  }

  /** Maps a project or tag of the file to a category (or "Do not import"). */
  async map(name: string, target: string) {
    await this.page
      .getByRole('combobox', {
        name: this.t.tracking.imports.targetFor.replace('{{name}}', name),
        exact: true,
      })
      .click();
    await this.page.getByRole('option', { name: target, exact: true }).click();
  }

  /** Says how the file's dates read when the preview found them ambiguous; the preview is redone. */
  async chooseDateFormat(format: 'ymd' | 'dmy' | 'mdy') {
    await this.page.getByRole('combobox', { name: this.t.tracking.imports.dateFormat }).click();
    await this.page
      .getByRole('option', { name: this.t.tracking.imports.dateFormats[format], exact: true })
      .click();
  }

  issueRow(line: number) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) });
  }

  async check() {
    await this.page.getByRole('button', { name: this.t.tracking.imports.check }).click();
    await this.page.getByRole('heading', { name: this.t.tracking.imports.byCategory }).waitFor();
  }

  commitButton(count: number) {
    return this.page.getByRole('button', {
      name: this.t.tracking.imports[count === 1 ? 'commit_one' : 'commit_other'].replace(
        '{{count}}',
        String(count),
      ),
    });
  }

  async cancel() {
    await this.page.getByRole('button', { name: this.t.tracking.imports.cancel, exact: true }).click();
  }

  get doneAlert() {
    return this.page
      .getByRole('alert')
      .or(this.page.getByRole('status'))
      .filter({ hasText: this.t.tracking.imports.doneTitle });
  }

  /** Undoes the import from the confirmation (or a history row), through the confirm dialog. */
  async undo(scope = this.page.locator('body')) {
    await scope.getByRole('button', { name: this.t.tracking.imports.undo }).first().click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.t.tracking.imports.undo }).click();
    await this.page.getByText(this.t.tracking.imports.undone).first().waitFor();
  }

  get history() {
    return this.page.getByTestId('import-history');
  }

  get historyEmpty() {
    return this.page.getByText(this.t.tracking.imports.historyEmpty);
  }
}
