import type { Page } from 'playwright-core';
import type { UserKind } from '../../src/contracts/me.js';
import type { NetworkKey } from '../../src/contracts/networks.js';
import type { BudgetPresetKey } from '../../src/core/budget/presets.js';
import type { Strings } from '../support/browser-session.js';
import { type Credentials, SignUpPage } from './auth-pages.js';
import { before } from './text.js';

/** What a person answers in the onboarding to create their first workspace. */
export type FirstWorkspace = {
  kind: UserKind;
  name: string;
  networks: NetworkKey[];
  /** As typed, with a decimal comma in French ("35,50"). */
  hourlyRate: string;
  preset?: BudgetPresetKey | 'later';
};

/** Creates an account from the sign-up page and goes through the onboarding into the new workspace. */
export async function signUpAndOnboard(
  page: Page,
  t: Strings,
  person: Credentials,
  workspace: FirstWorkspace,
) {
  const signUp = new SignUpPage(page, t);
  await signUp.open();
  await signUp.signUp(person);
  await new OnboardingPage(page, t).complete(workspace);
}

export class OnboardingPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  async waitUntilShown() {
    await this.page.waitForURL('**/onboarding');
    await this.page.getByRole('heading', { name: this.t.onboarding.title }).waitFor();
  }

  /** Waits for the onboarding, answers every step and lands in the new workspace. */
  async complete({ kind, name, networks, hourlyRate, preset }: FirstWorkspace) {
    await this.waitUntilShown();
    await this.chooseKind(kind);
    await this.describeWorkspace(name);
    await this.chooseNetworks(networks);
    await this.finishWithHourlyRate(hourlyRate, preset);
  }

  async chooseKind(kind: UserKind) {
    await this.page.getByRole('radio', { name: this.t.userKinds[kind].label }).click();
    await this.next();
  }

  async describeWorkspace(name: string) {
    await this.page.getByLabel(this.t.workspaceFields.name).fill(name);
    await this.next();
  }

  async chooseNetworks(networks: NetworkKey[]) {
    for (const network of networks) {
      // The chip's checkbox is visually hidden: click its label, as a person would.
      await this.page.getByText(this.t.networks[network], { exact: true }).click();
      if (!(await this.page.getByRole('checkbox', { name: this.t.networks[network] }).isChecked())) {
        throw new Error(`The ${network} chip did not get checked`);
      }
    }
    await this.next();
  }

  /**
   * Types the rate as a person would ("35,50"), creates the workspace, then answers the closing
   * offer of a budget preset (or "later") and lands in the workspace.
   */
  async finishWithHourlyRate(rate: string, preset: BudgetPresetKey | 'later' = 'later') {
    await this.page.getByLabel(before(this.t.onboarding.rateLabel)).fill(rate);
    await this.page.getByRole('button', { name: this.t.onboarding.finish }).click();
    const offer = this.page.getByRole('dialog', { name: this.t.budget.onboardingTitle });
    await offer.waitFor();
    const choice =
      preset === 'later'
        ? offer.getByRole('button', { name: this.t.budget.later, exact: true })
        : offer.getByRole('button', {
            name: this.t.budget.applyNamed.replace('{{name}}', this.t.budget.presetNames[preset]),
          });
    await choice.click();
    await this.page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  }

  get timeZoneInput() {
    return this.page.getByRole('combobox', { name: this.t.workspaceFields.timeZone });
  }

  private async next() {
    await this.page.getByRole('button', { name: this.t.common.next }).click();
  }
}
