import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The Instance page, reached from the account menu by an administrator. */
export class InstancePage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  async openFromAccountMenu() {
    await this.page.getByRole('button', { name: this.t.shell.userMenu }).click();
    await this.page.getByRole('menuitem', { name: this.t.instance.menu }).click();
    await this.heading.waitFor();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t.instance.title });
  }

  get workerBadge() {
    return this.page.getByText(this.t.instance.workerAlive, { exact: true });
  }

  queueRow(name: keyof Strings['instance']['queueNames']) {
    return this.page.getByRole('row', { name: new RegExp(this.t.instance.queueNames[name]) });
  }

  get noFailedJobs() {
    return this.page.getByText(this.t.instance.noFailedJobs);
  }

  administrator(email: string) {
    return this.page.getByText(email, { exact: true });
  }

  async backUpNow() {
    await this.page.getByRole('button', { name: this.t.instance.backupNow }).click();
  }

  /** The backups table's rows (one per backup kept). */
  get backupRows() {
    return this.page
      .getByRole('region', { name: this.t.instance.backupsTitle })
      .getByRole('row')
      .filter({
        hasText: /^cadence-/,
      });
  }

  /** The organisation named on the reports: its fields saved, then its logo sent as a browser would. */
  async setOrganisation(details: { name: string; website: string; contactLine: string }) {
    const t = this.t.instance.organisation;
    await this.page.getByLabel(t.name).fill(details.name);
    await this.page.getByLabel(t.website).fill(details.website);
    await this.page.getByLabel(t.contactLine).fill(details.contactLine);
    await this.page.getByRole('button', { name: t.save }).click();
    await this.page.getByText(t.saved).waitFor();
  }

  async uploadLogo(file: { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.t.instance.organisation.chooseLogo }).click();
    await (await chooser).setFiles(file);
    await this.logoPreview.waitFor();
  }

  get logoPreview() {
    return this.page.getByRole('img', { name: this.t.instance.organisation.logoAlt });
  }
}
