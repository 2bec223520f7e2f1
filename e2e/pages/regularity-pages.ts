import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** The overview's regularity card, the regularity page, the header's bell and its centre. */
export class RegularityPages {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  get card() {
    return this.page.getByTestId('overview-regularity');
  }

  gapOf(network: string) {
    return this.page.getByTestId(`regularity-gap-${network}`);
  }

  /** A network's eight-week history chart, by its accessible name ("Instagram : publications…"). */
  historyChart(networkName: string) {
    return this.page.getByRole('img', {
      name: this.t.regularity.historyLabel.replace('{{network}}', networkName),
    });
  }

  /** The same weeks as a table (screen readers read it instead of the drawing). */
  historyTable(networkName: string) {
    return this.page.getByRole('table', {
      name: this.t.regularity.historyLabel.replace('{{network}}', networkName),
      includeHidden: true,
    });
  }

  get bell() {
    return this.page.getByTestId('notification-bell');
  }

  get centre() {
    return this.page.getByTestId('notification-centre');
  }

  async openRegularity(workspaceId: string) {
    await this.page.goto(`/w/${workspaceId}/regularity`);
    await this.page.getByRole('heading', { level: 1, name: this.t.regularity.title }).waitFor();
  }

  /** Sets posting targets through the API the strategy page uses (this spec is about what follows). */
  async setTargets(workspaceId: string, targets: { network: string; targetPostsPerWeek: number }[]) {
    const status = await this.page.evaluate(
      async ({ workspaceId, targets }) => {
        const response = await fetch(`/api/workspaces/${workspaceId}/strategy/networks`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            networks: targets.map((target, index) => ({ ...target, priority: index + 1 })),
          }),
        });
        return response.status;
      },
      { workspaceId, targets },
    );
    if (status !== 200) throw new Error(`Setting targets answered ${status}`);
  }

  /** Waits for the server's coming-silence check to have told this person (it runs every minute here). */
  async waitForNotification(timeoutMs = 150_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const unread = await this.page.evaluate(async () => {
        const response = await fetch('/api/me/notifications');
        return (await response.json()).unreadCount as number;
      });
      if (unread > 0) return unread;
      await this.page.waitForTimeout(3000);
    }
    throw new Error('No notification arrived');
  }

  async openCentre() {
    await this.bell.click();
    await this.centre.waitFor();
  }
}
