import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';
import { templatePattern } from './text.js';

/** /invite/:token, seen by the invited person. */
export class InvitationPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  async open(link: string) {
    await this.page.goto(link);
    await this.summary.waitFor();
  }

  get summary() {
    return this.page.getByText(templatePattern(this.t.invitation.body));
  }

  async createAccount() {
    await this.page.getByRole('link', { name: this.t.invitation.signUp }).click();
    await this.page.waitForURL(/\/sign-up/);
  }

  async accept() {
    await this.page.getByRole('button', { name: this.t.invitation.accept }).click();
    await this.page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  }
}
