import type { Page } from 'playwright-core';
import type { Strings } from '../support/browser-session.js';
import { before } from './text.js';

type Section =
  | 'home'
  | 'members'
  | 'settings'
  | 'budget'
  | 'strategy'
  | 'today'
  | 'routine'
  | 'time'
  | 'ideas'
  | 'posts'
  | 'calendar'
  | 'connections'
  | 'batch'
  | 'results';

/** Below Mantine's `sm` (48em), the navbar is a drawer opened by the burger. */
const navbarBreakpoint = 768;
const desktopWidth = 1280;

/** The frame around every workspace page: header, switcher, language, navbar. */
type BlankWatch = Window & { wasMainBlank?: boolean };

/**
 * From now on, notes whether the workspace's main area is ever drawn empty: a blank page between
 * the onboarding and the overview, for instance. Every change to the document is looked at, so a
 * blank state that lasts a single frame is seen too. Returns the question to ask later.
 */
export async function watchForBlankMain(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    (window as BlankWatch).wasMainBlank = false;
    new MutationObserver(() => {
      const main = document.getElementById('main-content');
      if (main && main.innerText.trim() === '') (window as BlankWatch).wasMainBlank = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as BlankWatch).wasMainBlank === true);
}

export class WorkspaceShell {
  constructor(
    private readonly page: Page,
    private t: Strings,
  ) {}

  /** After switching the interface language, the page object speaks it too. */
  useStrings(t: Strings) {
    this.t = t;
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  workspaceId(): string {
    const match = /\/w\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`Not in a workspace: ${this.page.url()}`);
    return match[1];
  }

  private get burger() {
    return this.page.getByRole('button', { name: this.t.shell.openNavigation });
  }

  /**
   * On a phone the navbar is behind the burger menu: opens it, and says whether this is a phone.
   * Decided by the viewport, not by whether the burger is visible yet: right after a navigation
   * the page may still be loading (found at New Year, 00:06 in Paris), and a navbar left closed
   * hides every link from the accessibility tree.
   */
  private async ensureNavigationVisible(): Promise<boolean> {
    const isPhone = (this.page.viewportSize()?.width ?? desktopWidth) < navbarBreakpoint;
    if (!isPhone) return false;
    const isOpen = await this.page.getByRole('button', { name: this.t.shell.closeNavigation }).isVisible();
    if (!isOpen) await this.burger.click();
    return true;
  }

  /** Waits for the phone navbar to finish sliding away, so screenshots show the page. */
  private async waitForNavigationClosed() {
    await this.page.waitForFunction(() => {
      const navbar = document.querySelector('nav');
      return !navbar || navbar.getBoundingClientRect().right <= 1;
    });
  }

  async openSection(section: Section) {
    const isPhone = await this.ensureNavigationVisible();
    await this.page
      .getByRole('navigation', { name: this.t.nav.label })
      .getByRole('link', { name: this.t.nav[section] })
      .click();
    await this.page.waitForURL(section === 'home' ? /\/w\/[0-9a-f-]{36}$/ : new RegExp(`/${section}$`));
    if (isPhone) await this.waitForNavigationClosed();
  }

  private async openSwitcher() {
    await this.ensureNavigationVisible();
    await this.page
      .getByRole('button', { name: before(this.t.shell.switchWorkspace) })
      .filter({ visible: true })
      .click();
  }

  async createWorkspace(name: string) {
    await this.openSwitcher();
    await this.page.getByRole('menuitem', { name: this.t.shell.newWorkspace }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t.shell.newWorkspaceTitle });
    await dialog.getByLabel(this.t.workspaceFields.name).fill(name);
    await dialog.getByRole('button', { name: this.t.shell.create }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async switchTo(workspaceName: string) {
    await this.openSwitcher();
    await this.page.getByRole('menuitem', { name: workspaceName }).click();
  }

  /** Clicks FR or EN in the header's language switcher (in the navbar drawer on a phone). */
  async switchLanguage(locale: 'fr' | 'en') {
    const choice = (where: string) =>
      this.page.locator(`${where} label`).filter({ hasText: locale.toUpperCase() }).first();
    // Wait for the header to be drawn: FR | EN in it, or the burger on a phone (then in the drawer).
    await this.page
      .locator('header label, header .mantine-Burger-root')
      .filter({ visible: true })
      .first()
      .waitFor();
    if (await choice('header').isVisible()) await choice('header').click();
    else {
      await this.ensureNavigationVisible();
      await choice('nav').click();
      await this.page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
      // The burger's name is now in the other language: found by what it is.
      await this.page.locator('header .mantine-Burger-root').click();
      await this.waitForNavigationClosed();
    }
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  }
}
