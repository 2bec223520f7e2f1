import type { Locator, Page } from 'playwright-core';
import type { NetworkKey } from '../../src/contracts/networks.js';
import type { KpiMetric, KpiPeriod } from '../../src/core/strategy/kpi.js';
import type { Strings } from '../support/browser-session.js';

export type KpiInput = {
  metric: KpiMetric;
  /** As typed, in euros for money and hours for time ("15000", "2,5"). */
  target: string;
  baseline?: string;
  period: KpiPeriod;
  startDate?: string;
  dueDate: string;
};

/** /w/:id/strategy: networks, editorial line, pillars, personas, objectives and KPIs. */
export class StrategyPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  private get s() {
    return this.t.budget.strategy;
  }

  get heading() {
    return this.page.getByRole('heading', { name: this.s.title, level: 1 });
  }

  get readOnlyNotice() {
    return this.page.getByText(this.s.readOnly);
  }

  private async choose(scope: Page | Locator, label: string, option: string) {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async setPostsPerWeek(network: NetworkKey, value: string) {
    await this.page
      .getByRole('textbox', { name: this.s.postsPerWeekOf.replace('{{network}}', this.t.networks[network]) })
      .fill(value);
  }

  async saveNetworks() {
    await this.page.getByRole('button', { name: this.s.saveNetworks }).click();
    await this.page.getByText(this.t.common.saved).first().waitFor();
  }

  /** The badge with the week's posting target over all networks. */
  get postsTotal() {
    return this.page.getByTestId('posts-total');
  }

  /** Adds a pillar row and fills it; `share` as typed ("60"). */
  async addPillar(name: string, share: string) {
    await this.page.getByRole('button', { name: this.s.addPillar }).click();
    await this.page.getByRole('textbox', { name: this.s.pillarName, exact: true }).last().fill(name);
    await this.page.getByRole('textbox', { name: this.s.share, exact: true }).last().fill(share);
  }

  async savePillars() {
    await this.page.getByRole('button', { name: this.s.savePillars }).click();
    await this.page.getByText(this.t.common.saved).first().waitFor();
  }

  pillar(index: number) {
    return this.page.getByTestId('pillar').nth(index);
  }

  async addPersona(persona: {
    name: string;
    problems: string;
    networks: { network: NetworkKey; usage: string }[];
  }) {
    await this.page.getByRole('button', { name: this.s.addPersona }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.s.personaName).fill(persona.name);
    await dialog.getByLabel(this.s.problems).fill(persona.problems);
    for (const [index, item] of persona.networks.entries()) {
      await dialog.getByRole('button', { name: this.s.addPersonaNetwork }).click();
      const network = dialog.getByRole('combobox', { name: this.s.network, exact: true }).nth(index);
      await network.click();
      await this.page.getByRole('option', { name: this.t.networks[item.network], exact: true }).click();
      await dialog.getByLabel(this.s.usage, { exact: true }).nth(index).fill(item.usage);
    }
    await dialog.getByRole('button', { name: this.t.common.save }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  personaCard(name: string) {
    return this.page.getByRole('article', { name });
  }

  async addObjective(title: string) {
    await this.page.getByRole('button', { name: this.s.addObjective }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.s.objectiveTitle).fill(title);
    await dialog.getByRole('button', { name: this.t.budget.add }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  objective(title: string) {
    return this.page.getByRole('region', { name: title });
  }

  /** Opens the KPI form from an objective's card (or, without one, for a KPI on its own). */
  async openKpiForm(objectiveTitle?: string) {
    const button = objectiveTitle
      ? this.page.getByRole('button', { name: this.s.addKpiTo.replace('{{name}}', objectiveTitle) })
      : this.page.getByRole('button', { name: this.s.addKpi, exact: true });
    await button.click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  }

  async fillKpi(dialog: Locator, kpi: KpiInput) {
    await this.choose(dialog, this.s.metric, this.s.metrics[kpi.metric]);
    await dialog.getByLabel(this.s.target).fill(kpi.target);
    if (kpi.baseline !== undefined) await dialog.getByLabel(this.s.baseline).fill(kpi.baseline);
    await this.choose(dialog, this.s.period, this.s.periods[kpi.period]);
    if (kpi.startDate) await dialog.getByLabel(this.s.startDate).fill(kpi.startDate);
    await dialog.getByLabel(this.s.dueDate).fill(kpi.dueDate);
  }

  async addKpi(kpi: KpiInput, objectiveTitle?: string) {
    const dialog = await this.openKpiForm(objectiveTitle);
    await this.fillKpi(dialog, kpi);
    await dialog.getByRole('button', { name: this.t.budget.add }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  kpi(name: string) {
    return this.page.getByRole('listitem', { name });
  }

  /** Types the actual value in the KPI's row and leaves the field, which saves it. */
  async setActual(kpiName: string, value: string) {
    const input = this.page.getByRole('textbox', { name: this.s.actualOf.replace('{{name}}', kpiName) });
    await input.fill(value);
    await input.press('Enter');
  }

  progressOf(kpiName: string) {
    return this.kpi(kpiName).getByTestId('kpi-progress');
  }
}
