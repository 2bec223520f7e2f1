import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

export type Credentials = { name: string; email: string; password: string };

export class SignUpPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  async open() {
    await this.page.goto('/sign-up');
  }

  get emailInput() {
    return this.page.getByLabel(this.t.auth.email);
  }

  /** Fills the form (keeping a prefilled address) and creates the account. */
  async signUp({ name, email, password }: Credentials) {
    await this.page.getByLabel(this.t.auth.name).fill(name);
    if ((await this.emailInput.inputValue()) !== email) await this.emailInput.fill(email);
    await this.page.getByRole('textbox', { name: this.t.auth.password }).fill(password);
    await this.page.getByRole('button', { name: this.t.auth.submitSignUp, exact: true }).click();
  }
}

export class SignInPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  async open() {
    await this.page.goto('/sign-in');
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel(this.t.auth.email).fill(email);
    await this.page.getByRole('textbox', { name: this.t.auth.password }).fill(password);
    await this.page.getByRole('button', { name: this.t.auth.submitSignIn }).click();
  }

  get alert() {
    return this.page.getByRole('alert');
  }
}
