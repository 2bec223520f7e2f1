import { describe, expect, it } from 'vitest';
import { formatLocalDateSpan } from './date-span.js';

describe('two dates of one span', () => {
  it.each([
    ['2026-12-07', '2026-12-13', 'fr', '7', '13 décembre'],
    ['2026-12-07', '2026-12-13', 'en', 'December 7', '13'],
    ['2026-11-30', '2026-12-06', 'fr', '30 novembre', '6 décembre'],
    ['2026-12-28', '2027-01-03', 'fr', '28 décembre 2026', '3 janvier 2027'],
    ['2026-12-07', '2026-12-07', 'fr', '7 décembre', '7 décembre'],
  ])(
    'says the span %s–%s in %s with what the dates share once: "%s" and "%s"',
    (from, to, language, start, end) => {
      expect(formatLocalDateSpan(from, to, language, { day: 'numeric', month: 'long' })).toEqual({
        from: start,
        to: end,
      });
    },
  );

  it('says the year once where both dates share it (the reports)', () => {
    const dated = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    expect(formatLocalDateSpan('2026-03-23', '2026-03-29', 'fr-FR', dated)).toEqual({
      from: '23',
      to: '29 mars 2026',
    });
    expect(formatLocalDateSpan('2026-03-23', '2026-03-29', 'en-GB', dated)).toEqual({
      from: '23',
      to: '29 March 2026',
    });
  });
});
