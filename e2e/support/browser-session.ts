import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withFrenchTypography } from '../../src/core/format/french-typography.js';
import { en } from '../../src/web/app/i18n/en.js';
import { fr } from '../../src/web/app/i18n/fr.js';

export type Strings = typeof fr;
/** The strings as the interface shows them (French spacing applied, as i18n/index.ts does). */
export const strings = { fr: withFrenchTypography(fr), en } as const;

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 375, height: 812 };

const screenshotsDir = path.resolve(import.meta.dirname, '../screenshots');

/** A fresh browser profile: its own cookies, browser language and time zone. */
export async function openSession(
  browser: Browser,
  baseUrl: string,
  options: {
    locale: 'fr-FR' | 'en-US';
    viewport?: { width: number; height: number };
    /** A phone's touch screen: nothing can hover (`any-hover: none`), so no tooltip is made. */
    touch?: boolean;
  },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: options.locale,
    timezoneId: 'Europe/Paris',
    viewport: options.viewport ?? desktop,
    ...(options.touch ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // An answer the web's contract refuses is a bug even when the page recovers (api.ts logs it).
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('does not match its contract'))
      errors.push(message.text());
  });
  return { context, page, errors };
}

/** Saves a full-page screenshot to e2e/screenshots/<name>.png (kept by CI as an artifact). */
export async function screenshot(page: Page, name: string) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
}

/** A unique address per run, so specs never collide on a shared server. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Calls the API as the signed-in person, from the page (same origin, same cookie). */
export async function callApi(page: Page, method: string, path: string, body?: object) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: response.status, json: response.status === 204 ? null : await response.json() };
    },
    { method, path, body },
  );
}
