import type { Download, Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The weekly review page: its sections, its week navigation, its notes and its downloads. */
export class ReviewPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  async open(workspaceId: string, week?: string) {
    await this.page.goto(`/w/${workspaceId}/review${week ? `?week=${week}` : ''}`);
    await this.page.getByRole('heading', { level: 1, name: this.t.review.title }).waitFor();
    await this.section('review-glance').waitFor();
  }

  section(testId: string) {
    return this.page.getByTestId(testId);
  }

  network(network: string) {
    return this.page.getByTestId(`review-network-${network}`);
  }

  async goToPreviousWeek() {
    await this.page.getByRole('link', { name: this.t.review.previousWeek }).click();
    await this.page.waitForURL(/\/review\?week=\d{4}-\d{2}-\d{2}$/);
  }

  async goToThisWeek() {
    await this.page.getByRole('link', { name: this.t.review.thisWeek, exact: true }).click();
    await this.page.waitForURL(/\/review$/);
  }

  async writeNotes(text: string) {
    const field = this.page.getByLabel(this.t.review.notes.label);
    await field.fill(text);
    await this.section('review-notes').getByRole('button', { name: this.t.review.notes.save }).click();
    await this.page.getByText(this.t.review.notes.saved).waitFor();
  }

  notesField() {
    return this.page.getByLabel(this.t.review.notes.label);
  }

  private async download(
    link: ReturnType<Page['getByTestId']>,
  ): Promise<{ download: Download; bytes: Buffer }> {
    const downloading = this.page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    const { readFile } = await import('node:fs/promises');
    return { download, bytes: await readFile((await download.path()) ?? '') };
  }

  downloadPdf() {
    return this.download(this.page.getByTestId('review-export-pdf'));
  }

  downloadClientReport() {
    return this.download(this.page.getByTestId('client-report-download'));
  }
}
