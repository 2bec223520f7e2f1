import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUpAndOnboard } from './pages/onboarding-page.js';
import { RegularityPages } from './pages/regularity-pages.js';
import { ReviewPage } from './pages/review-page.js';
import { WorkspaceShell } from './pages/workspace-shell.js';
import { type AxeFinding, findSeriousViolations } from './support/axe.js';
import {
  desktop,
  openSession,
  phone,
  type Strings,
  screenshot,
  strings,
  uniqueEmail,
} from './support/browser-session.js';
import { launchChromium } from './support/chromium.js';
import './support/provided.js';
import { isThisWeek } from './support/workspace-week.js';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/[\s\u00a0\u202f]+/g, ' ');
}

/**
 * An hour and a half of replies started two hours ago, and a lead today, through the API the pages
 * use. Gives the instant the work started.
 */
async function trackSomeWork(page: Page, workspaceId: string): Promise<number> {
  const workStartedAt = Math.floor((Date.now() - 2 * 3600_000) / 1000) * 1000;
  const status = await page.evaluate(
    async ({ workspaceId, workStartedAt }) => {
      const base = `/api/workspaces/${workspaceId}`;
      const json = { 'content-type': 'application/json' };
      const categories = await (await fetch(`${base}/categories`)).json();
      const communication = categories.find(
        (category: { referenceKey: string }) => category.referenceKey === 'communication',
      );
      const entry = await fetch(`${base}/time-entries`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          categoryId: communication.id,
          startedAt: new Date(workStartedAt).toISOString(),
          durationSeconds: 5400,
        }),
      });
      const workspace = await (await fetch(`${base}`)).json();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: workspace.timeZone }).format(new Date());
      const outcome = await fetch(`${base}/outcomes`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ kind: 'lead', occurredOn: today, network: 'linkedin' }),
      });
      return [entry.status, outcome.status];
    },
    { workspaceId, workStartedAt },
  );
  expect(status).toEqual([201, 201]);
  return workStartedAt;
}

/**
 * Issue #16, the Friday review: the week at a glance with its charts, notes kept per week, the
 * week before and back, and the PDF and the monthly client report downloaded and read back.
 * French on a desktop, English on a phone.
 */
describe.skipIf(!chromiumPath)('the weekly review', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const run of [
    { language: 'fr' as const, locale: 'fr-FR' as const, viewport: desktop, device: 'desktop' },
    { language: 'en' as const, locale: 'en-US' as const, viewport: phone, device: 'phone' },
  ]) {
    it(`reviews the week and downloads it (${run.language}, ${run.device})`, async () => {
      const t: Strings = strings[run.language];
      const { page, context, errors } = await openSession(browser, baseUrl, {
        locale: run.locale,
        viewport: run.viewport,
      });
      const findings: AxeFinding[] = [];
      const shot = async (name: string) => {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await screenshot(page, `${run.language}-${run.device}-review-${name}`);
      };
      const workspaceName = run.language === 'fr' ? 'Atelier Éloïse' : 'Eloise Studio';

      await signUpAndOnboard(
        page,
        t,
        {
          name: 'Éloïse Mercier',
          email: uniqueEmail('eloise'),
          password: 'une phrase de passe',
        },
        { kind: 'freelancer', name: workspaceName, networks: ['linkedin', 'instagram'], hourlyRate: '40' },
      );
      const workspaceId = new WorkspaceShell(page, t).workspaceId();
      await new RegularityPages(page, t).setTargets(workspaceId, [
        { network: 'linkedin', targetPostsPerWeek: 3 },
        { network: 'instagram', targetPostsPerWeek: 1 },
      ]);
      const workStartedAt = await trackSomeWork(page, workspaceId);

      const review = new ReviewPage(page, t);
      await review.open(workspaceId);
      await review.section('review-hours-chart').waitFor();
      // In the first two hours of a Monday (Paris), the work began in the week before.
      if (isThisWeek(workStartedAt, 'Europe/Paris'))
        expect(await review.section('review-glance').textContent()).toContain(
          run.language === 'fr' ? '1\u00a0h\u00a030' : '1\u00a0h\u00a030\u00a0min',
        );
      expect(await review.network('linkedin').textContent()).toContain(t.review.networks.inProgress);
      expect(await review.section('review-outcomes').textContent()).toContain(t.review.outcomes.leads);
      const notes =
        run.language === 'fr'
          ? 'Garder le lundi pour le lot ; relancer Instagram.'
          : 'Keep Monday for the batch; revive Instagram.';
      await review.writeNotes(notes);
      await shot('week');
      findings.push(...(await findSeriousViolations(page, `review-${run.language}`)));

      // The week before has its own (empty) notes; back to this week, the notes are kept.
      await review.goToPreviousWeek();
      await review.section('review-glance').waitFor();
      expect(await review.notesField().inputValue()).toBe('');
      await review.goToThisWeek();
      await review.section('review-glance').waitFor();
      expect(await review.notesField().inputValue()).toBe(notes);

      // The PDF: made on the server, its text read back (accents and all).
      const pdf = await review.downloadPdf();
      expect(pdf.download.suggestedFilename()).toMatch(
        run.language === 'fr'
          ? /^cadence-revue-\d{4}-\d{2}-\d{2}\.pdf$/
          : /^cadence-review-\d{4}-\d{2}-\d{2}\.pdf$/,
      );
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(pdf.bytes);
      expect(text).toContain(workspaceName);
      expect(text).toContain(notes.replace(/[\s\u00a0\u202f]+/g, ' '));

      // The monthly client report, for the person who runs the workspace.
      await review.section('client-report').scrollIntoViewIfNeeded();
      await shot('client-report');
      const report = await review.downloadClientReport();
      expect(report.download.suggestedFilename()).toMatch(/^cadence-(rapport|report)-\d{4}-\d{2}\.pdf$/);
      expect(await pdfText(report.bytes)).toContain(
        run.language === 'fr' ? 'Rapport mensuel' : 'Monthly report',
      );

      expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }
});
