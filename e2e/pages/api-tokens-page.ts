import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The API tokens section of the account page. */
export class ApiTokensPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  get section() {
    return this.page.locator('section#api-tokens');
  }

  async open() {
    await this.page.goto('/account');
    await this.section.getByRole('heading', { name: this.t.account.apiTokens.title }).waitFor();
  }

  /** Creates a token for the named workspaces and returns it, as shown once. */
  async create(name: string, workspaceNames: string[]): Promise<string> {
    await this.section.getByLabel(this.t.account.apiTokens.name).fill(name);
    for (const workspace of workspaceNames) {
      const box = this.section.getByRole('checkbox', { name: workspace });
      if (!(await box.isChecked())) await box.check();
    }
    await this.section.getByRole('button', { name: this.t.account.apiTokens.create }).click();
    const shown = this.section.getByTestId('api-token-value');
    await shown.waitFor();
    return ((await shown.textContent()) ?? '').trim();
  }

  example() {
    return this.section.getByTestId('api-token-example');
  }

  async dismissCreated() {
    await this.section.getByRole('button', { name: this.t.account.apiTokens.done }).click();
    await this.section.getByTestId('created-api-token').waitFor({ state: 'hidden' });
  }

  tokenRow(name: string) {
    return this.section.getByTestId('api-token-list').locator('> div').filter({ hasText: name });
  }

  async revoke(name: string) {
    await this.tokenRow(name).getByRole('button', { name: this.t.account.apiTokens.revoke }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: this.t.account.apiTokens.revoke })
      .click();
    await this.tokenRow(name).waitFor({ state: 'detached' });
  }
}
