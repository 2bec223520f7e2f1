import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type AxeFinding = {
  page: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
  /** The start of each node's HTML, to recognise it. */
  html: string[];
  /** What axe measured (for contrast: the two colours and the ratio). */
  summaries: string[];
};

/** Runs axe (WCAG 2.1 A and AA rules) on what the page shows now; keeps serious and critical violations. */
export async function findSeriousViolations(page: Page, name: string): Promise<AxeFinding[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // Colours are judged on what stays on screen: a notification or dialog half-way through its
  // fade has a contrast nobody reads (a loaded machine stretches those transitions).
  await page
    .waitForFunction(
      () => document.getAnimations().every((animation) => animation.playState !== 'running'),
      null,
      {
        timeout: 3_000,
      },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      page: name,
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
      html: violation.nodes.map((node) => node.html.slice(0, 160)),
      summaries: violation.nodes.map((node) => node.failureSummary ?? ''),
    }));
}
