import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The results page's import dialog: source, file, preview, import. */
export class ResultsImportDialog {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: this.t.results.import.title });
  }

  async open() {
    await this.page.getByTestId('results-import-open').click();
    await this.dialog.waitFor();
  }

  async chooseSource(source: keyof Strings['results']['import']['sources']) {
    await this.dialog.getByTestId('results-import-source').click();
    await this.page.getByRole('option', { name: this.t.results.import.sources[source] }).click();
  }

  async chooseFile(name: string, text: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByTestId('results-import-file').click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await this.dialog.getByTestId('results-import-summary').waitFor();
  }

  get summary() {
    return this.dialog.getByTestId('results-import-summary');
  }

  async commit() {
    await this.dialog.getByTestId('results-import-commit').click();
    await this.dialog.getByTestId('results-import-done').waitFor();
  }

  async doneText() {
    return ((await this.dialog.getByTestId('results-import-done').textContent()) ?? '').trim();
  }

  async close() {
    // The header's cross and the footer's button share the name: the footer's comes last.
    await this.dialog.getByRole('button', { name: this.t.results.import.close }).last().click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
