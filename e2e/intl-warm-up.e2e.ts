import type { Browser, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, phone } from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

/*
 * Every page starts a worker that loads ICU's data for the page's language on a thread of its own
 * (src/web/boot/warm-up-intl.ts). The page's security policy must let it run, and it must run to
 * its end (it closes itself after its last step): a worker that never starts or throws early would
 * leave the cost on the page's thread without anyone noticing.
 */

let browser: Browser;

describe.skipIf(!chromiumPath)("ICU's data loaded by a worker", () => {
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(() => browser?.close());

  it.each([
    ['fr-FR', 'fr'],
    ['en-US', 'en'],
  ] as const)(
    'runs to its end on a %s phone, allowed by the page, and the page draws',
    async (locale, language) => {
      const { context, page, errors } = await openSession(browser, baseUrl, { locale, viewport: phone });
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/refused|content security policy/i.test(message.text())) refused.push(message.text());
      });
      const started = new Promise<Worker>((resolve) => {
        page.on('worker', (worker) => {
          if (worker.url().includes('/assets/intl-warm-up')) resolve(worker);
        });
      });
      await page.goto('/', { waitUntil: 'load' });
      const worker = await started;
      // `close()` after the last step ends the worker: Playwright reports it closed.
      await new Promise<void>((resolve) => worker.on('close', () => resolve()));
      // The app replaced the shell with its page (sign-in, or the first run's sign-up), in its language.
      await page.waitForSelector('.boot-brand', { state: 'detached' });
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await context.close();
      expect(refused).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
