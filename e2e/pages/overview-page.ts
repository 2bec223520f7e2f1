import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** /w/:id: the overview, a grid of cards (setup checklist, now, the week, routine kept, agency). */
export class OverviewPage {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  card(key: 'setup' | 'now' | 'week' | 'kept' | 'agency') {
    return this.page.getByTestId(`overview-${key}`);
  }

  /** The checklist's step, as its line of text. */
  step(key: keyof Strings['overview']['setup']['steps']) {
    return this.card('setup').getByText(this.t.overview.setup.steps[key]);
  }

  /** The "go" button of a checklist step. */
  goToStep(key: keyof Strings['overview']['setup']['steps']) {
    return this.card('setup').getByRole('link', {
      name: this.t.overview.setup.goTo.replace('{{step}}', this.t.overview.setup.steps[key]),
    });
  }

  /** "2 h 30 suivies sur 6 h de budget". */
  async weekTotal(): Promise<string> {
    return ((await this.card('week').getByTestId('overview-week-total').textContent()) ?? '').replace(
      /\s+/g,
      ' ',
    );
  }
}
