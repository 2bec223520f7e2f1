import type { Locator, Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';

/**
 * Rush mode where it shows: its switch (under the routine calendar and on the overview's card),
 * Today's banner, and the calendar's events marked or skipped for the rush week.
 */
export class RushWeekPage {
  constructor(
    private readonly page: Page,
    private readonly t: Strings,
  ) {}

  /** The switch inside `scope` (the overview card, or the routine page's main area). */
  switchIn(scope: Locator): Locator {
    return scope.getByRole('switch', { name: this.t.rush.switchLabel });
  }

  get overviewCard(): Locator {
    return this.page.getByTestId('overview-rush-week');
  }

  get routineSwitch(): Locator {
    return this.switchIn(this.page.getByRole('main'));
  }

  get todayBanner(): Locator {
    return this.page.getByTestId('today-rush-week');
  }

  /** Flips a switch and waits for the confirmation that the server took it. */
  async turn(control: Locator, isOn: boolean) {
    await control.click({ force: true });
    await this.page
      .getByText(isOn ? this.t.rush.turnedOn : this.t.rush.turnedOff)
      .first()
      .waitFor();
    await this.page.waitForFunction(
      ({ checked }) =>
        [
          ...document.querySelectorAll<HTMLInputElement>(
            '[data-testid="rush-week-switch"] input, input[data-testid="rush-week-switch"]',
          ),
        ].some((input) => input.checked === checked && !input.disabled),
      { checked: isOn },
    );
  }

  /** Calendar events (live or skipped) whose text carries the rush-week prefix. */
  get rushEvents(): Locator {
    return this.page.locator('.fc-event').filter({ hasText: this.t.rush.prefix });
  }
}
