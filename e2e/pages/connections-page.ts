import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The workspace's Connections page: accounts with their health, and the three connect forms. */
export class ConnectionsPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t.connections.title });
  }

  get emptyState() {
    return this.page.getByTestId('connections-empty');
  }

  private get webhookForm() {
    return this.page.getByRole('region', { name: this.t.connections.webhook.title });
  }

  /** Asks Cadence for a secret and returns what it put in the field. */
  async generateWebhookSecret(): Promise<string> {
    await this.webhookForm.getByRole('button', { name: this.t.connections.webhook.generate }).click();
    return this.webhookForm.getByLabel(this.t.connections.webhook.secret).inputValue();
  }

  async connectWebhook(url: string, secret?: string) {
    await this.webhookForm.getByLabel(this.t.connections.webhook.url).fill(url);
    if (secret !== undefined)
      await this.webhookForm.getByLabel(this.t.connections.webhook.secret).fill(secret);
    await this.webhookForm.getByRole('button', { name: this.t.connections.webhook.submit }).click();
  }

  get refusal() {
    return this.webhookForm.getByTestId('connect-refused');
  }

  account(name: string) {
    return this.page.getByTestId('connected-account').filter({ hasText: name });
  }

  healthOf(name: string, status: keyof Strings['connections']['health']) {
    return this.account(name).getByText(this.t.connections.health[status], { exact: true });
  }

  async test(name: string) {
    await this.page
      .getByRole('button', { name: this.t.connections.testAccount.replace('{{name}}', name) })
      .click();
  }

  async disconnect(name: string) {
    await this.page
      .getByRole('button', { name: this.t.connections.disconnectAccount.replace('{{name}}', name) })
      .click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: this.t.connections.disconnect, exact: true })
      .click();
  }
}
