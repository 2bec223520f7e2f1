import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTrackerCsvParser, parseTrackerCsv, parseTrackerCsvStream } from './tracker-csv-parser.js';

const zone = 'Europe/Paris';
const FIXTURES = [
  'toggl-detailed-iso-bom.csv',
  'toggl-detailed-semicolon-eu.csv',
  'clockify-detailed-us-12h.csv',
  'clockify-detailed-eu-24h.csv',
];
const fixtureBytes = new Map(
  FIXTURES.map((name) => [
    name,
    new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))),
  ]),
);

function cut<T extends { length: number; slice(start: number, end?: number): T }>(
  whole: T,
  cuts: readonly number[],
): T[] {
  const points = [...new Set(cuts.map((value) => value % (whole.length + 1)))].sort(
    (left, right) => left - right,
  );
  const pieces: T[] = [];
  let previous = 0;
  for (const point of points) {
    pieces.push(whole.slice(previous, point));
    previous = point;
  }
  pieces.push(whole.slice(previous));
  return pieces;
}

describe('incremental parsing', () => {
  it('gives the same result however the bytes are chunked, even inside a UTF-8 character', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(fc.nat(), { maxLength: 12 }), (name, cuts) => {
        const bytes = fixtureBytes.get(name) ?? new Uint8Array();
        // ignoreBOM keeps the BOM in the text, so both runs count the same bytes.
        const expected = parseTrackerCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), {
          zone,
        });
        const parser = createTrackerCsvParser({ zone });
        for (const piece of cut(bytes, cuts)) parser.push(piece);
        expect(parser.finish()).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result for any string chunking', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(fc.nat(), { maxLength: 12 }), (name, cuts) => {
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(fixtureBytes.get(name));
        const parser = createTrackerCsvParser({ zone });
        for (const piece of cut(text, cuts)) parser.push(piece);
        expect(parser.finish()).toEqual(parseTrackerCsv(text, { zone }));
      }),
      { numRuns: 60 },
    );
  });

  it('hands over the rows as they are converted: taken, then the rest, they are the rows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(fc.nat(), { maxLength: 12 }), (name, cuts) => {
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(fixtureBytes.get(name));
        const parser = createTrackerCsvParser({ zone });
        const taken = [];
        for (const piece of cut(text, cuts)) {
          parser.push(piece);
          taken.push(...parser.takeConvertedRows());
        }
        const result = parser.finish();
        if (!result.ok || result.rowsConvertedAgain) throw new Error(`${name} reads in one pass`);
        expect([...taken, ...result.rows.slice(taken.length)]).toEqual(result.rows);
        expect(parser.takeConvertedRows()).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('says when the rows taken were converted with a date format the whole file overturned', () => {
    const header = 'Description,Start date,Start time,End date,End time,Duration\n';
    const parser = createTrackerCsvParser({ zone });
    parser.push(`${header}A,03/04/2026,09:00,03/04/2026,10:00,1:00\n`);
    expect(parser.takeConvertedRows().map((row) => row.startUtc)).toEqual(['2026-04-03T07:00:00Z']);
    parser.push('B,12/25/2026,09:00,12/25/2026,10:00,1:00\n');
    const result = parser.finish();
    expect(result).toMatchObject({ ok: true, rowsConvertedAgain: true });
    expect(result.ok && result.rows.map((row) => row.startUtc)).toEqual([
      '2026-03-04T08:00:00Z',
      '2026-12-25T08:00:00Z',
    ]);
  });

  it('reports growing progress from an async source', async () => {
    const bytes = fixtureBytes.get('clockify-detailed-eu-24h.csv') ?? new Uint8Array();
    async function* source() {
      for (let offset = 0; offset < bytes.length; offset += 300) yield bytes.subarray(offset, offset + 300);
    }
    const progress: number[][] = [];
    const result = await parseTrackerCsvStream(source(), {
      zone,
      onProgress: ({ bytesProcessed, rowsProcessed }) => progress.push([bytesProcessed, rowsProcessed]),
    });
    expect(progress).toHaveLength(Math.ceil(bytes.length / 300));
    expect(progress.at(-1)?.[0]).toBe(bytes.length);
    for (let index = 1; index < progress.length; index += 1) {
      expect(progress[index]?.[0]).toBeGreaterThan(progress[index - 1]?.[0] ?? 0);
      expect(progress[index]?.[1]).toBeGreaterThanOrEqual(progress[index - 1]?.[1] ?? 0);
    }
    expect(result).toMatchObject({ ok: true, progress: { bytesProcessed: bytes.length, rowsProcessed: 11 } });
  });

  it('refuses to be used after finish', () => {
    const parser = createTrackerCsvParser({ zone });
    parser.finish();
    expect(() => parser.push('x')).toThrow();
    expect(() => parser.finish()).toThrow();
  });
});

describe('large files', () => {
  it('parses 100,000 Clockify rows in a few seconds at most', () => {
    const header =
      '"Project","Client","Description","Task","User","Group","Email","Tags","Billable","Start Date","Start Time","End Date","End Time","Duration (h)","Duration (decimal)","Billable Rate (USD)","Billable Amount (USD)"\n';
    const lines = [header];
    for (let index = 0; index < 100_000; index += 1) {
      const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0');
      const date = `${month}/${String(1 + (index % 28)).padStart(2, '0')}/2026`;
      const hour = 1 + (index % 11);
      lines.push(
        `"Project ${index % 20}","Client ${index % 7}","Entry ${index}, réponses","","Sophie","","s@example.com","Tag${index % 5}, Other","No","${date}","${hour}:15 AM","${date}","${hour}:45 PM","12:30:00","12.50","0.00","0.00"\n`,
      );
    }
    const text = lines.join('');
    // Speed is measured in bench/, not asserted here: a timed unit test fails on a busy machine.
    const result = parseTrackerCsv(text, { zone });
    expect(result).toMatchObject({ ok: true, errors: [] });
    if (!result.ok) return;
    expect(result.rows).toHaveLength(100_000);
    expect(new Set(result.rows.map((row) => row.sourceHash)).size).toBe(100_000);
  }, 30_000);
});
