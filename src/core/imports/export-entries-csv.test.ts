import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUtcInstant } from '../tracking/instant.js';
import {
  type CsvExportColumn,
  exportEntriesCsv,
  neutraliseSpreadsheetFormula,
} from './export-entries-csv.js';
import { parseTrackerCsv } from './tracker-csv-parser.js';

interface Entry {
  description: string;
  startSeconds: number;
  durationSeconds: number;
  tags: string[];
}

/** Writes entries in Toggl's detailed-report layout, in UTC, so that they can be re-imported. */
function togglColumns(dateStyle: 'iso' | 'european'): CsvExportColumn<Entry>[] {
  const datePart = (seconds: number) => {
    const iso = formatUtcInstant(seconds).slice(0, 10);
    return dateStyle === 'iso' ? iso : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  };
  const timePart = (seconds: number) => formatUtcInstant(seconds).slice(11, 19);
  return [
    { header: 'Description', value: (entry) => entry.description },
    { header: 'Tags', value: (entry) => entry.tags.join(', ') },
    { header: 'Start date', value: (entry) => datePart(entry.startSeconds) },
    { header: 'Start time', value: (entry) => timePart(entry.startSeconds) },
    { header: 'End date', value: (entry) => datePart(entry.startSeconds + entry.durationSeconds) },
    { header: 'End time', value: (entry) => timePart(entry.startSeconds + entry.durationSeconds) },
    { header: 'Duration', value: (entry) => entry.durationSeconds / 3600 },
  ];
}

const entryArbitrary = fc.record({
  description: fc.string({
    unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r', '=', '+', '-', '@', '\t'),
    maxLength: 12,
  }),
  startSeconds: fc.integer({ min: 1_767_225_600, max: 1_830_297_600 }),
  durationSeconds: fc.integer({ min: 1, max: 20 * 3600 }),
  tags: fc.array(fc.constantFrom('Veille', 'Curation', 'Blogging'), { maxLength: 2 }),
});

describe('neutraliseSpreadsheetFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['＝1+1', "'＝1+1"],
    ['Réponses = 3', 'Réponses = 3'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(neutraliseSpreadsheetFormula(input)).toBe(output);
  });
});

describe('exportEntriesCsv', () => {
  it('writes a header, quotes what needs it and neutralises formulas in text only', () => {
    const csv = exportEntriesCsv(
      [{ name: '=cmd|"/c calc"!A0', hours: -1.5, billable: true, note: null }],
      [
        { header: 'Name', value: (row) => row.name },
        { header: 'Hours', value: (row) => row.hours },
        { header: 'Billable', value: (row) => row.billable },
        { header: '@Note', value: (row) => row.note },
      ],
    );
    expect(csv).toBe('Name,Hours,Billable,\'@Note\n"\'=cmd|""/c calc""!A0",-1.5,true,\n');
  });

  it('supports the semicolon, BOM and CRLF that French Excel expects', () => {
    const csv = exportEntriesCsv([{ text: 'a;b\nc' }], [{ header: 'Texte', value: (row) => row.text }], {
      delimiter: ';',
      includeBom: true,
      recordDelimiter: '\r\n',
    });
    expect(csv).toBe('\uFEFFTexte\r\n"a;b\nc"\r\n');
  });

  it('round-trips descriptions through the tracker importer, neutralised ones included', () => {
    fc.assert(
      fc.property(
        fc.array(entryArbitrary, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(',', ';'),
        (entries, delimiter) => {
          const csv = exportEntriesCsv(entries, togglColumns('iso'), { delimiter: delimiter as ',' | ';' });
          const result = parseTrackerCsv(csv, { zone: 'UTC' });
          expect(result.ok && result.errors).toEqual([]);
          if (!result.ok) return;
          expect(result.rows.map((row) => row.description)).toEqual(
            entries.map((entry) => entry.description),
          );
          expect(result.rows.map((row) => row.durationSeconds)).toEqual(
            entries.map((entry) => entry.durationSeconds),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same hashes whatever the delimiter, date format and line endings of the file', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { minLength: 1, maxLength: 5 }), (entries) => {
        const iso = parseTrackerCsv(exportEntriesCsv(entries, togglColumns('iso')), { zone: 'UTC' });
        const european = parseTrackerCsv(
          exportEntriesCsv(entries, [...togglColumns('european')].reverse(), {
            delimiter: ';',
            recordDelimiter: '\r\n',
            includeBom: true,
          }),
          { zone: 'UTC', dateFormat: 'dmy' },
        );
        const hashes = (result: typeof iso) => (result.ok ? result.rows.map((row) => row.sourceHash) : []);
        expect(hashes(european)).toEqual(hashes(iso));
        expect(new Set(hashes(iso)).size).toBe(entries.length);
        expect(
          hashes(parseTrackerCsv(exportEntriesCsv(entries, togglColumns('iso')), { zone: 'UTC' })),
        ).toEqual(hashes(iso));
      }),
      { numRuns: 100 },
    );
  });
});
