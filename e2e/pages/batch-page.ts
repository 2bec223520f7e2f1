import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The batch session page and the post editor's approval panel. */
export class BatchPage {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  get startButton() {
    return this.page.getByTestId('batch-start');
  }
  get stopButton() {
    return this.page.getByTestId('batch-stop');
  }
  get composer() {
    return this.page.getByTestId('batch-text');
  }
  get written() {
    return this.page.getByTestId('batch-written').getByRole('listitem');
  }
  get ended() {
    return this.page.getByTestId('batch-ended');
  }

  async start() {
    await this.startButton.click();
    await this.stopButton.waitFor();
  }

  /** Types a post and saves it from the keyboard, as the session is meant to be used. */
  async writeWithKeyboard(text: string) {
    const before = await this.written.count();
    await this.composer.fill(text);
    await this.composer.press('Control+Enter');
    await this.page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="batch-written"] li').length > count,
      before,
    );
    // Saved: the composer is blank again, ready for the next post.
    await this.page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="batch-text"]') as HTMLTextAreaElement | null)?.value === '',
    );
  }

  async useIdea(text: string) {
    await this.page
      .locator('section', { has: this.page.getByRole('heading', { name: this.t.content.batch.ideasTitle }) })
      .locator('.mantine-Paper-root', { hasText: text })
      .getByRole('button', { name: this.t.content.batch.useIdea })
      .click();
  }

  async stop() {
    await this.stopButton.click();
    await this.ended.waitFor();
  }

  // ---- the post editor's approval panel
  async sendForApproval() {
    await this.page.getByRole('button', { name: this.t.content.review.send }).click();
    await this.page.getByText(this.t.content.posts.statuses.awaiting_approval).first().waitFor();
  }
  get approveButton() {
    return this.page.getByTestId('approve-post');
  }
  get history() {
    return this.page.getByTestId('post-history');
  }
}
