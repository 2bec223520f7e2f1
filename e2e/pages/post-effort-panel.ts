import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The post editor's "time spent" panel: the effort by source and the picker of recent entries. */
export class PostEffortPanel {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  async open(workspaceId: string, postId: string) {
    await this.page.goto(`/w/${workspaceId}/posts/${postId}`);
    await this.panel.waitFor();
  }

  get panel() {
    return this.page.getByTestId('post-effort-panel');
  }

  get total() {
    return this.panel.getByTestId('post-effort-total');
  }

  get rows() {
    return this.panel.getByTestId('post-effort-row');
  }

  /** Picks one of the person's entries (by the text of its option) and links what is left of it. */
  async linkEntry(optionText: RegExp) {
    await this.panel.getByRole('combobox', { name: this.t.content.effort.entry }).click();
    await this.page.getByRole('option', { name: optionText }).click();
    await this.panel.getByRole('button', { name: this.t.content.effort.link, exact: true }).click();
  }
}
