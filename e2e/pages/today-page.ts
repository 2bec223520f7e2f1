import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/** /w/:id/today: the day's routine blocks in order, each startable, done or skipped. */
export class TodayPage {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  useStrings(t: Strings) {
    this.t = t;
  }

  get heading() {
    return this.page.getByRole('heading', { name: this.t.routine.today.title, level: 1 });
  }

  get emptyState() {
    return this.page.getByText(this.t.routine.today.empty);
  }

  get startButtons() {
    return this.page.getByRole('main').getByRole('button', { name: this.t.routine.today.start, exact: true });
  }

  /** The header's stop button: shown while a timer runs. */
  get stopTimerButton() {
    return this.page.getByRole('button', { name: this.t.routine.timer.stopTimer });
  }
}
