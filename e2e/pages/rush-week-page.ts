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

  /** The app's API from the signed-in page (its cookie): the setting-up this spec is not about. */
  // biome-ignore lint/suspicious/noExplicitAny: answers of several routes, read field by field
  async api(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
    return this.page.evaluate(
      async ({ method, path, body }) => {
        const response = await fetch(path, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        });
        return { status: response.status, json: await response.json().catch(() => null) };
      },
      { method, path, body },
    );
  }

  /** Rush mode's notebook ideas for one network's empty slot (Today's banner, the overview card). */
  ideasFor(scope: Locator, network: string): Locator {
    return scope.getByTestId(`rush-ideas-${network}`);
  }

  /** The buttons turning an idea into a draft, in the order the ideas are offered. */
  draftButtons(scope: Locator): Locator {
    return scope.getByRole('button', { name: this.t.rush.ideas.useIdea });
  }

  /** Calendar events (live or skipped) whose text carries the rush-week prefix. */
  get rushEvents(): Locator {
    return this.page.locator('.routine-event').filter({ hasText: this.t.rush.prefix });
  }
}
