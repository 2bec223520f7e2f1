import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTrackerCsv, type TrackerCsvSuccess } from './tracker-csv-parser.js';

const zone = 'Europe/Paris';

function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

function parseFixture(name: string): TrackerCsvSuccess {
  const result = parseTrackerCsv(readFixture(name), { zone });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result;
}

const summarise = (result: TrackerCsvSuccess) => ({
  rows: result.rows.map((row) => [row.line, row.startUtc, row.endUtc, row.durationSeconds]),
  errors: result.errors.map((error) => [error.line, error.code]),
  warnings: result.warnings.map((warning) => [warning.line, warning.code]),
});

describe('parseTrackerCsv on a Toggl ISO export (BOM, commas, spring DST)', () => {
  const result = parseFixture('toggl-detailed-iso-bom.csv');

  it('reads the format, delimiter and date format', () => {
    expect(result.format).toBe('toggl');
    expect(result.delimiter).toBe(',');
    expect(result.dateFormat).toEqual({
      format: 'ymd',
      isAmbiguous: false,
      alternatives: [],
      isForced: false,
    });
    expect(result.progress).toEqual({ bytesProcessed: 1473, rowsProcessed: 9 });
  });

  it('converts rows to UTC across the 2026-03-29 Paris DST change and reports errors by line', () => {
    expect(summarise(result)).toEqual({
      rows: [
        [2, '2026-03-27T08:00:00Z', '2026-03-27T08:45:00Z', 2700],
        // 22:30 CET to 03:30 CEST: five hours on the clock, four real ones.
        [3, '2026-03-28T21:30:00Z', '2026-03-29T01:30:00Z', 14_400],
        [4, '2026-03-29T08:00:00Z', '2026-03-29T10:15:00Z', 8100],
        [10, '2026-03-31T07:00:00Z', '2026-03-31T08:00:00Z', 3600],
        [11, '2026-03-27T08:00:00Z', '2026-03-27T08:45:00Z', 2700],
      ],
      errors: [
        [6, 'invalid_date'],
        [7, 'missing_end'],
        [8, 'negative_duration'],
        [9, 'malformed_row'],
      ],
      warnings: [[10, 'duration_mismatch']],
    });
    expect(result.errors[0]).toEqual({
      line: 6,
      code: 'invalid_date',
      message: 'The date "2026-02-30" is not a valid YYYY-MM-DD date.',
      params: { value: '2026-02-30', dateFormat: 'YYYY-MM-DD' },
    });
    expect(result.warnings[0]?.params).toEqual({ durationSeconds: 1800, computedSeconds: 3600 });
  });

  it('keeps every field, including quoted commas, quotes and newlines', () => {
    expect(result.rows[1]).toEqual({
      line: 3,
      startUtc: '2026-03-28T21:30:00Z',
      endUtc: '2026-03-29T01:30:00Z',
      durationSeconds: 14_400,
      project: 'Veille',
      client: 'Boulangerie Dupont',
      task: null,
      description: 'Veille : concurrents, "nouveautés" de printemps',
      tags: ['Veille', 'Curation'],
      billable: false,
      user: 'Marie Dupont',
      email: 'marie@boulangerie-dupont.fr',
      sourceHash: 'bff0afc73ba03800',
    });
    expect(result.rows[2]).toMatchObject({
      description: 'Article de blog :\nles 5 erreurs à éviter',
      task: 'Article avril',
      billable: true,
    });
  });

  it('gives identical rows distinct, stable hashes', () => {
    // Pinned: changing them would make every past import look new and import twice.
    expect(result.rows.map((row) => row.sourceHash)).toEqual([
      '981b16beb274f7ce',
      'bff0afc73ba03800',
      '4a17e5d135c9cc88',
      '2b5ae70299f92235',
      'aae3bda22cb55b71',
    ]);
  });

  it('lists the distinct values for the mapping step', () => {
    expect(result.distinct.projects).toEqual([
      { name: 'Blog', rowCount: 1, seconds: 8100 },
      { name: 'Facebook', rowCount: 1, seconds: 3600 },
      { name: 'Instagram', rowCount: 2, seconds: 5400 },
      { name: 'Veille', rowCount: 1, seconds: 14_400 },
    ]);
    expect(result.distinct.tags.map((tag) => tag.name)).toEqual([
      'Blogging',
      'Communication',
      'Curation',
      'Veille',
    ]);
    expect(result.distinct.clients).toEqual([{ name: 'Boulangerie Dupont', rowCount: 5, seconds: 31_500 }]);
    expect(result.distinct.rowsWithoutProject).toBe(0);
  });
});

describe('parseTrackerCsv on a European Toggl export (semicolons, CRLF, DD/MM/YYYY, autumn DST)', () => {
  const result = parseFixture('toggl-detailed-semicolon-eu.csv');

  it('detects the semicolon and the day-first dates', () => {
    expect(result.delimiter).toBe(';');
    expect(result.dateFormat?.format).toBe('dmy');
  });

  it('uses the duration to tell which 02:30 of 2026-10-25 was meant', () => {
    expect(summarise(result)).toEqual({
      rows: [
        // 23:30 CEST to the SECOND 02:30 (CET): the 4 h duration rules out the first one (3 h).
        [2, '2026-10-24T21:30:00Z', '2026-10-25T01:30:00Z', 14_400],
        // Both ends in the repeated hour and both readings last 30 min: first occurrence, warned.
        [3, '2026-10-25T00:15:00Z', '2026-10-25T00:45:00Z', 1800],
        [4, '2026-10-26T08:00:00Z', '2026-10-26T09:30:00Z', 5400],
      ],
      errors: [
        [5, 'invalid_date'],
        [6, 'missing_end'],
        [7, 'negative_duration'],
        [9, 'malformed_row'],
      ],
      warnings: [
        [3, 'local_time_ambiguous'],
        [3, 'local_time_ambiguous'],
      ],
    });
    expect(result.rows[2]).toMatchObject({
      user: 'Julien Moreau',
      description: 'Création du carrousel; 6 visuels',
      tags: ['Création multimédia', 'Instagram'],
      task: "Carrousel menu d'automne",
    });
    expect(result.errors[3]?.params).toEqual({ found: 1, expected: 15 });
  });
});

describe('parseTrackerCsv on Clockify exports', () => {
  it('reads US dates and 12-hour times', () => {
    const result = parseFixture('clockify-detailed-us-12h.csv');
    expect(result.format).toBe('clockify');
    expect(result.dateFormat?.format).toBe('mdy');
    expect(summarise(result)).toEqual({
      rows: [
        [2, '2026-03-28T22:30:00Z', '2026-03-29T01:30:00Z', 10_800],
        [3, '2026-04-01T10:00:00Z', '2026-04-01T11:15:00Z', 4500],
        [4, '2026-04-02T21:45:00Z', '2026-04-02T22:15:00Z', 1800],
        [9, '2026-04-07T07:05:00Z', '2026-04-07T07:50:00Z', 2700],
      ],
      errors: [
        [5, 'invalid_date'],
        [6, 'missing_end'],
        [7, 'negative_duration'],
        [8, 'malformed_row'],
        [10, 'unterminated_quote'],
      ],
      warnings: [],
    });
    expect(result.rows[0]).toMatchObject({
      tags: ['Acquisition', 'Instagram'],
      user: 'Sophie Martin',
      task: null,
    });
    expect(result.errors[0]?.params).toEqual({ value: '13/45/2026', dateFormat: 'MM/DD/YYYY' });
  });

  it('reads DD/MM/YYYY dates, 24-hour times and decimal commas across the autumn DST change', () => {
    const result = parseFixture('clockify-detailed-eu-24h.csv');
    expect(result.dateFormat?.format).toBe('dmy');
    expect(summarise(result)).toEqual({
      rows: [
        [2, '2026-10-24T20:00:00Z', '2026-10-24T23:30:00Z', 12_600],
        // 01:30 CEST to 03:00 CET: 1 h 30 on the clock, 2 h 30 real, as the duration says.
        [3, '2026-10-24T23:30:00Z', '2026-10-25T02:00:00Z', 9000],
        [4, '2026-10-25T00:30:00Z', '2026-10-25T00:50:00Z', 1200],
        [5, '2026-10-26T08:00:00Z', '2026-10-26T09:30:00Z', 5400],
        // No end date and 00:45 < 23:15: the entry ends the next day.
        [6, '2026-10-27T22:15:00Z', '2026-10-27T23:45:00Z', 5400],
        // Only "Duration (decimal)" filled in: "1,00" agrees with start and end.
        [12, '2026-10-30T13:00:00Z', '2026-10-30T14:00:00Z', 3600],
      ],
      errors: [
        [7, 'invalid_date'],
        [8, 'missing_end'],
        [9, 'negative_duration'],
        [10, 'malformed_row'],
        [11, 'invalid_time'],
      ],
      warnings: [
        [4, 'local_time_ambiguous'],
        [4, 'local_time_ambiguous'],
        [6, 'crosses_midnight_assumed'],
      ],
    });
    expect(result.rows[3]).toMatchObject({ billable: true, task: 'Rédaction', user: 'Paul Leroy' });
  });
});

describe('parseTrackerCsv, file-level outcomes', () => {
  it('reports an empty file and an unknown header', () => {
    expect(parseTrackerCsv('\uFEFF\n\n', { zone })).toMatchObject({
      ok: false,
      error: { code: 'empty_file' },
    });
    expect(parseTrackerCsv('Date,Hours\n2026-01-01,2\n', { zone })).toMatchObject({
      ok: false,
      error: { code: 'unknown_format' },
    });
  });

  it('throws on an unknown time zone', () => {
    expect(() => parseTrackerCsv('', { zone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('flags an ambiguous file and honours a forced or preferred date format', () => {
    const text = [
      'Description,Start date,Start time,End date,End time,Duration',
      'A,03/04/2026,09:00:00,03/04/2026,10:00:00,01:00:00',
    ].join('\n');
    const detected = parseTrackerCsv(text, { zone });
    expect(detected).toMatchObject({
      ok: true,
      dateFormat: { format: 'dmy', isAmbiguous: true, alternatives: ['mdy'] },
      rows: [{ startUtc: '2026-04-03T07:00:00Z' }],
    });
    expect(parseTrackerCsv(text, { zone, preferredDateOrder: 'mdy' })).toMatchObject({
      rows: [{ startUtc: '2026-03-04T08:00:00Z' }],
    });
    expect(parseTrackerCsv(text, { zone, dateFormat: 'mdy' })).toMatchObject({
      dateFormat: { format: 'mdy', isForced: true },
      rows: [{ startUtc: '2026-03-04T08:00:00Z' }],
    });
  });

  it('moves a time that does not exist (spring-forward gap) forward and says so', () => {
    const text =
      'Description,Start date,Start time,End date,End time,Duration\nA,2026-03-29,02:30,2026-03-29,04:00,01:30:00\n';
    const result = parseTrackerCsv(text, { zone });
    expect(result).toMatchObject({
      rows: [{ startUtc: '2026-03-29T01:30:00Z', endUtc: '2026-03-29T02:00:00Z', durationSeconds: 1800 }],
    });
    expect(result.ok && result.warnings.map((warning) => [warning.code, warning.params])).toEqual([
      ['local_time_in_gap', { value: '2026-03-29 02:30' }],
      ['duration_mismatch', { durationSeconds: 5400, computedSeconds: 1800 }],
    ]);
  });

  it('converts in the zone it is given, not the process zone', () => {
    const text = 'Description,Start date,Start time,End time,Duration\nA,2026-07-01,09:00,10:00,1:00\n';
    expect(parseTrackerCsv(text, { zone: 'America/New_York' })).toMatchObject({
      rows: [{ startUtc: '2026-07-01T13:00:00Z', endUtc: '2026-07-01T14:00:00Z' }],
    });
  });
});

describe('parseTrackerCsv reads most files once', () => {
  const header = 'Description,Start date,Start time,End date,End time,Duration';
  /** The rows of a file, each converted alone with the file's format: what one pass must give. */
  const convertAlone = (lines: readonly string[], dateFormat: 'dmy' | 'mdy') =>
    lines.map((line) => {
      const result = parseTrackerCsv(`${header}\n${line}`, { zone, dateFormat });
      return result.ok
        ? [...result.rows.map((row) => row.startUtc), ...result.errors.map((error) => error.code)]
        : [];
    });

  it('converts again when later dates overturn the format the first ones suggested', () => {
    // 03/04 reads both ways (day first is preferred); 12/25 only month first, and wins.
    const lines = ['A,03/04/2026,09:00,03/04/2026,10:00,1:00', 'B,12/25/2026,09:00,12/25/2026,10:00,1:00'];
    const result = parseTrackerCsv([header, ...lines].join('\n'), { zone });
    expect(result).toMatchObject({ ok: true, dateFormat: { format: 'mdy', isAmbiguous: false } });
    expect(result.ok && result.rows.map((row) => row.startUtc)).toEqual([
      '2026-03-04T08:00:00Z',
      '2026-12-25T08:00:00Z',
    ]);
    expect(result.ok && result.rows.map((row) => row.startUtc)).toEqual(convertAlone(lines, 'mdy').flat());
  });

  it('keeps the rows read before the first date, in file order, with their line numbers', () => {
    const text = [
      header,
      'no start,,,,,',
      'bad time,2026-05-02,25:00,2026-05-02,10:00,1:00',
      'A,2026-05-02,09:00,2026-05-02,10:00,1:00',
      'B,2026-05-02,09:00,2026-05-02,10:00,1:00',
    ].join('\n');
    const result = parseTrackerCsv(text, { zone });
    expect(result.ok && summarise(result)).toEqual({
      rows: [
        [4, '2026-05-02T07:00:00Z', '2026-05-02T08:00:00Z', 3600],
        [5, '2026-05-02T07:00:00Z', '2026-05-02T08:00:00Z', 3600],
      ],
      errors: [
        [2, 'missing_start'],
        [3, 'invalid_time'],
      ],
      warnings: [],
    });
    // Two identical rows: the second one's hash carries its rank.
    expect(result.ok && new Set(result.rows.map((row) => row.sourceHash)).size).toBe(2);
  });

  it('reports dates no format reads with the file format, however the file starts', () => {
    const text = [header, 'A,31/31/2026,09:00,,10:00,1:00', 'B,2026-05-02,09:00,,10:00,1:00'].join('\n');
    const result = parseTrackerCsv(text, { zone });
    expect(result.ok && result.errors.map((error) => [error.line, error.code, error.params])).toEqual([
      [2, 'invalid_date', { value: '31/31/2026', dateFormat: 'YYYY-MM-DD' }],
    ]);
    const undated = parseTrackerCsv(`${header}\nA,soon,09:00,,10:00,1:00`, { zone });
    expect(undated).toMatchObject({ ok: true, dateFormat: null, rows: [] });
    expect(undated.ok && undated.errors[0]?.params).toEqual({ value: 'soon', dateFormat: 'known' });
  });
});
