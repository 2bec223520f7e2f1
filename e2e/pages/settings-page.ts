import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The workspace's settings: taking the workspace out as an archive, and importing one. */
export class SettingsPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  async open(workspaceId: string) {
    await this.page.goto(`/w/${workspaceId}/settings`);
    await this.page.getByRole('heading', { level: 1, name: this.t.settings.title }).waitFor();
  }

  /** Downloads the archive; returns where the browser saved it. */
  async downloadArchive(): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: this.t.portability.exportButton }).click(),
    ]);
    return { path: await download.path(), name: download.suggestedFilename() };
  }

  /** Chooses an archive: the page reads it (a dry run) and shows what an import would do. */
  async chooseArchive(file: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.t.portability.importFile }).click();
    await (await chooser).setFiles(file);
  }

  previewLine(rows: number) {
    return this.page.getByText(this.t.portability.importPreview_other.replace('{{count}}', String(rows)));
  }

  get anyPreview() {
    return this.page.getByText(
      new RegExp(this.t.portability.importPreview_other.replace('{{count}}', '\\d+')),
    );
  }

  async confirmImport() {
    await this.page.getByRole('button', { name: this.t.portability.importConfirm, exact: true }).click();
  }
}
