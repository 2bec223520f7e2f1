import type { Page } from 'playwright-core';
import type { Role } from '../../src/contracts/workspaces.js';
import type { Strings } from '../support/browser-session.js';
import { before, escapeRegExp } from './text.js';

export class MembersPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  /** Invites an address with a role and returns the link the page shows once. */
  async invite(email: string, role: Exclude<Role, 'owner'>): Promise<string> {
    await this.page.getByLabel(this.t.invite.email).fill(email);
    await this.page.getByRole('combobox', { name: this.t.invite.role }).click();
    await this.page
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(this.t.roles[role].label)}`) })
      .click();
    await this.page.getByRole('button', { name: this.t.invite.submit, exact: true }).click();
    const link = this.page.getByTestId('invitation-link');
    await link.waitFor();
    return link.inputValue();
  }

  get inviteForm() {
    return this.page.getByRole('heading', { name: this.t.invite.title });
  }

  get editButtons() {
    return this.page.getByRole('button', { name: before(this.t.members.editMember) });
  }

  get removeButtons() {
    return this.page.getByRole('button', { name: before(this.t.members.removeMember) });
  }

  get readOnlyNotice() {
    return this.page.getByText(this.t.members.readOnly);
  }

  memberRow(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  invitationRow(email: string) {
    return this.page.getByText(email);
  }
}
