import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTrackerCsv } from './tracker-csv-parser.js';

describe('parseTrackerCsv invariants', () => {
  const dates = ['2026-03-29', '2026-10-25', '29/03/2026', '03/29/2026', '2026-02-30', '', 'soon'];
  const times = [
    '00:00',
    '01:59:59',
    '02:30',
    '03:00:00',
    '11:45 PM',
    '12:00 AM',
    '23:59',
    '',
    '25:00',
    'noon',
  ];
  const durations = ['', '01:00:00', '0,5', '-01:00:00', 'n/a', '25:00:00'];
  const line = fc
    .tuple(
      fc.constantFrom('Réponses', 'a, "b"', '', '=1+1', 'x\ny'),
      fc.constantFrom(...dates),
      fc.constantFrom(...times),
      fc.constantFrom(...dates),
      fc.constantFrom(...times),
      fc.constantFrom(...durations),
    )
    .map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','));
  // No unterminated quote here: it would swallow the following lines (see csv-tokenizer.test.ts).
  const garbage = fc.constantFrom('garbage', ',,,,,', '', 'a,b,c,d,e,f,g');

  it('accounts for every data line exactly once and only yields positive durations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(line, garbage), { maxLength: 12 }),
        fc.constantFrom('Europe/Paris', 'UTC'),
        (lines, zone) => {
          const text = ['Description,Start date,Start time,End date,End time,Duration', ...lines].join('\n');
          const result = parseTrackerCsv(text, { zone });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const reported = [
            ...result.rows.map((row) => row.line),
            ...result.errors.map((error) => error.line),
          ];
          expect(new Set(reported).size).toBe(reported.length);
          expect(reported.length).toBe(result.progress.rowsProcessed - countBlankRecords(lines));
          for (const row of result.rows) {
            expect(row.durationSeconds).toBeGreaterThan(0);
            expect(Date.parse(row.endUtc) - Date.parse(row.startUtc)).toBe(row.durationSeconds * 1000);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Records whose cells are all blank produce neither a row nor an error. */
function countBlankRecords(lines: readonly string[]): number {
  return lines.filter((text) => text !== '' && /^[,\s]*$/.test(text)).length;
}
