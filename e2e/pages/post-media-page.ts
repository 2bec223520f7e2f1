import type { Locator, Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** The post editor's images (with alt text) and threads, and the by-hand panel's parts. */
export class PostMediaPage {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  async newPost() {
    await this.page.getByRole('button', { name: this.t.content.posts.new }).click();
    await this.page.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
    await this.mainText.waitFor();
  }

  get mainText() {
    return this.page.getByLabel(this.t.content.editor.text);
  }

  /** Attaches a file to the post's own images (the first image picker of the page). */
  async attachToPost(file: { name: string; mimeType: string; buffer: Buffer }) {
    const uploaded = this.page.waitForResponse(
      (response) => response.url().endsWith('/media') && response.request().method() === 'POST',
    );
    await this.page.locator('input[type="file"]').first().setInputFiles(file);
    return (await uploaded).status();
  }

  images(): Locator {
    return this.page.getByTestId('post-image');
  }

  altText(position: number): Locator {
    return this.page.getByLabel(fill(this.t.content.media.altText, { position }));
  }

  /** Types the alt text and leaves the field, which saves it. */
  async describeImage(position: number, text: string) {
    await this.altText(position).fill(text);
    const saved = this.page.waitForResponse(
      (response) => /\/media\/[0-9a-f-]{36}$/.test(response.url()) && response.request().method() === 'PATCH',
    );
    await this.page.keyboard.press('Tab');
    return (await saved).status();
  }

  get noAltTextBadge() {
    return this.page.getByText(this.t.content.media.noAltText, { exact: true });
  }

  get scheduleWarning() {
    return this.page.getByTestId('schedule-warning');
  }

  async addThreadPart(networkLabel: string) {
    await this.page
      .getByRole('button', { name: fill(this.t.content.thread.add, { network: networkLabel }) })
      .click();
  }

  threadPart(networkLabel: string, number: number): Locator {
    return this.page.getByLabel(fill(this.t.content.thread.part, { number, network: networkLabel }), {
      exact: true,
    });
  }

  threadParts(network: string): Locator {
    return this.page.getByTestId(`thread-${network}`).getByTestId('thread-part');
  }

  async save() {
    const saved = this.page.waitForResponse(
      (response) => /\/posts\/[0-9a-f-]{36}$/.test(response.url()) && response.request().method() === 'PATCH',
    );
    await this.page.getByRole('button', { name: this.t.content.editor.save }).click();
    return (await saved).status();
  }

  byHand(network: string): Locator {
    return this.page.getByTestId(`by-hand-${network}`);
  }

  copyPartButton(network: string, number: number): Locator {
    return this.byHand(network).getByRole('button', {
      name: fill(this.t.content.thread.copyPart, { number }),
    });
  }

  downloadLink(network: string, networkLabel: string, position: number): Locator {
    return this.byHand(network).getByRole('link', {
      name: fill(this.t.content.media.download, { position, network: networkLabel }),
    });
  }
}
