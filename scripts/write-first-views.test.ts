import { describe, expect, it } from 'vitest';
import { withFrenchTypography } from '../src/core/format/french-typography.js';
import { en } from '../src/web/app/i18n/en.js';
import { fr } from '../src/web/app/i18n/fr.js';
import { pageHeadings } from '../src/web/features/workspaces/page-headings.js';
import { renderFirstViews } from './write-first-views.js';

/** A dotted key's string in a catalogue (`budget.title`). */
const stringAt = (catalogue: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);

/** Text as React writes it in markup. */
const asMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('renderFirstViews', async () => {
  const views = await renderFirstViews();
  const catalogues = { fr: withFrenchTypography(fr), en };

  it("draws every listed page's heading in both languages, French spacing applied", () => {
    expect(Object.keys(views).sort()).toEqual(Object.keys(pageHeadings).sort());
    for (const [page, heading] of Object.entries(pageHeadings))
      for (const language of ['fr', 'en'] as const) {
        const html = views[page]?.[language] ?? '';
        const title = String(stringAt(catalogues[language], heading.title));
        const subtitle = String(stringAt(catalogues[language], heading.subtitle));
        expect(html).toContain(`>${asMarkup(title)}</h1>`);
        expect(html).toContain(`>${asMarkup(subtitle)}</p>`);
      }
    expect(views.regularity?.fr).toContain('bien\u00a0:');
  });

  it("draws the frame's header with the app's theme, and no focus target for a navigation", () => {
    const html = views.budget?.fr ?? '';
    expect(html).toContain('mantine-AppShell-header');
    // The menu button waits, disabled, for the app's own: a tap on it would be lost.
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-label="Ouvrir le menu"/);
    expect(html).toContain('href="/"');
    expect(html).toContain('--mantine-color-dimmed');
    expect(html).not.toContain('data-page-title');
    expect(views.budget?.en).toContain('aria-label="Open the menu"');
  });
});
