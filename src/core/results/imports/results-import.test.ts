import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitMapping, suggestColumnMapping } from './import-columns.js';
import { parseAmountCents, parseCount, parseNetwork, parseOutcomeKind } from './import-values.js';
import { matchImportedPost, postLinkKey } from './match-imported-posts.js';
import { parseMetricExport } from './parse-metric-export.js';
import { parseOutcomeList } from './parse-outcome-list.js';
import { type ResultsCsvTable, readResultsCsv } from './read-results-csv.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const table = (name: string, source: Parameters<typeof readResultsCsv>[1]): ResultsCsvTable => {
  const read = readResultsCsv(fixture(name), source);
  if (!read) throw new Error('empty fixture');
  return read;
};
const zone = 'Europe/Paris';

describe('values as the exports write them', () => {
  it('reads counts with French and English thousands and leaves blanks unknown', () => {
    expect(parseCount('1 842')).toBe(1842);
    expect(parseCount('1\u202f842')).toBe(1842);
    expect(parseCount('1,842')).toBe(1842);
    expect(parseCount('12,6')).toBe(13);
    expect(parseCount('')).toBeNull();
    expect(parseCount('-')).toBeNull();
    expect(parseCount('trente')).toBeUndefined();
  });
  it('reads amounts in cents whatever the decimal mark', () => {
    expect(parseAmountCents('1 200,00 €')).toBe(120_000);
    expect(parseAmountCents('89,90')).toBe(8990);
    expect(parseAmountCents('1,250.00')).toBe(125_000);
    expect(parseAmountCents('1.250,00')).toBe(125_000);
    expect(parseAmountCents('$980.50')).toBe(98_050);
    expect(parseAmountCents('1,234')).toBe(123_400);
    expect(parseAmountCents('45,5')).toBe(4550);
    expect(parseAmountCents('')).toBe(0);
    expect(parseAmountCents('dix euros')).toBeUndefined();
    expect(parseAmountCents('-12')).toBeUndefined();
  });
  it('reads networks and kinds in both languages', () => {
    expect(parseNetwork('LinkedIn')).toBe('linkedin');
    expect(parseNetwork('ig')).toBe('instagram');
    expect(parseNetwork('facebook.com')).toBe('facebook');
    expect(parseNetwork('newsletter')).toBe('newsletter');
    expect(parseNetwork('Myspace')).toBeNull();
    expect(parseOutcomeKind('Client gagné')).toBe('client');
    expect(parseOutcomeKind('Prospect')).toBe('lead');
    expect(parseOutcomeKind('Vente')).toBe('revenue');
    expect(parseOutcomeKind('Rendez-vous')).toBeUndefined();
  });
});

describe('LinkedIn page content export', () => {
  it('finds the header below the sheet title and suggests every column, in English', () => {
    const read = table('linkedin-content-en.csv', 'linkedin');
    expect(read.headerLine).toBe(2);
    expect(suggestColumnMapping(read.header, 'linkedin')).toEqual({
      url: 'Post link',
      publishedAt: 'Created date',
      text: 'Post title',
      impressions: 'Impressions',
      reactions: 'Likes',
      comments: 'Comments',
      shares: 'Reposts',
      clicks: 'Clicks',
    });
  });

  it('reads US dates, thousands and leaves a post without figures as an error', () => {
    const read = table('linkedin-content-en.csv', 'linkedin');
    const result = parseMetricExport(read, {
      source: 'linkedin',
      mapping: { columns: suggestColumnMapping(read.header, 'linkedin') },
      zone,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.dateFormat?.format).toBe('mdy');
    expect(result.rows).toHaveLength(4);
    expect(result.rows[0]).toMatchObject({
      line: 3,
      network: 'linkedin',
      localDate: '2025-03-14',
      publishedAt: '2025-03-14T11:00:00.000Z',
      metrics: {
        impressions: 1842,
        reactions: 64,
        comments: 12,
        shares: 5,
        clicks: 57,
        saves: null,
        quotes: null,
      },
    });
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([[7, 'no_figures']]);
  });

  it('reads the French export: French headers, day-first dates, no-break thousands, a bad figure', () => {
    const read = table('linkedin-content-fr.csv', 'linkedin');
    const columns = suggestColumnMapping(read.header, 'linkedin');
    expect(columns).toMatchObject({
      reactions: 'J’aime',
      shares: 'Republications',
      publishedAt: 'Date de création',
    });
    const result = parseMetricExport(read, { source: 'linkedin', mapping: { columns }, zone });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.dateFormat?.format).toBe('dmy');
    expect(result.rows.map((row) => row.localDate)).toEqual(['2025-03-04', '2025-04-08', '2025-04-17']);
    expect(result.rows[1]?.metrics.impressions).toBe(2310);
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 6,
        code: 'invalid_number',
        params: { value: 'trente', column: 'J’aime' },
      }),
    ]);
  });

  it('gives the same keys to the same lines, and a new key when the figures grew', () => {
    const read = table('linkedin-content-en.csv', 'linkedin');
    const options = {
      source: 'linkedin' as const,
      mapping: { columns: suggestColumnMapping(read.header, 'linkedin') },
      zone,
    };
    const first = parseMetricExport(read, options);
    const again = parseMetricExport(table('linkedin-content-en.csv', 'linkedin'), options);
    const grown = parseMetricExport(
      readResultsCsv(
        fixture('linkedin-content-en.csv').replace('"1,842"', '"1,990"'),
        'linkedin',
      ) as ResultsCsvTable,
      options,
    );
    if (!first.ok || !again.ok || !grown.ok) throw new Error('unreadable');
    expect(again.rows.map((row) => row.rowKey)).toEqual(first.rows.map((row) => row.rowKey));
    expect(grown.rows[0]?.postKey).toBe(first.rows[0]?.postKey);
    expect(grown.rows[0]?.rowKey).not.toBe(first.rows[0]?.rowKey);
  });

  it('refuses a mapping naming a column the file lacks, or no date column', () => {
    const read = table('linkedin-content-en.csv', 'linkedin');
    const missing = parseMetricExport(read, {
      source: 'linkedin',
      mapping: { columns: { publishedAt: 'Created date', reactions: 'Reactions' } },
      zone,
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'column_missing', params: { column: 'Reactions' } },
    });
    const noDate = parseMetricExport(read, {
      source: 'linkedin',
      mapping: { columns: { reactions: 'Likes' } },
      zone,
    });
    expect(noDate).toMatchObject({
      ok: false,
      error: { code: 'field_unmapped', params: { field: 'publishedAt' } },
    });
  });
});

describe('Meta Business Suite exports', () => {
  it('reads a Facebook export: ids, permalinks, total clicks, times in the zone', () => {
    const read = table('meta-facebook-posts-en.csv', 'facebook');
    const columns = suggestColumnMapping(read.header, 'facebook');
    expect(columns).toMatchObject({
      externalId: 'Post ID',
      url: 'Permalink',
      publishedAt: 'Publish time',
      text: 'Description',
      impressions: 'Impressions',
      reactions: 'Reactions',
      clicks: 'Total clicks',
    });
    const result = parseMetricExport(read, { source: 'facebook', mapping: { columns }, zone });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.errors).toEqual([]);
    expect(result.rows[1]).toMatchObject({
      externalId: '1234567890123456_987654321098766',
      publishedAt: '2025-04-02T16:30:00.000Z',
      metrics: { impressions: 3560, reactions: 180, comments: 22, shares: 10, clicks: 140 },
    });
  });

  it('reads a French Instagram export separated by semicolons, with saves and views', () => {
    const read = table('meta-instagram-posts-fr.csv', 'instagram');
    expect(read.delimiter).toBe(';');
    const columns = suggestColumnMapping(read.header, 'instagram');
    expect(columns).toMatchObject({ impressions: 'Vues', reactions: 'J’aime', saves: 'Enregistrements' });
    const result = parseMetricExport(read, { source: 'instagram', mapping: { columns }, zone });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.rows.map((row) => row.publishedAt)).toEqual([
      '2025-03-14T09:30:00.000Z',
      '2025-03-21T17:05:00.000Z',
      '2025-04-01T06:00:00.000Z',
    ]);
    expect(result.rows[0]?.metrics).toMatchObject({
      impressions: 2431,
      reactions: 156,
      saves: 34,
      shares: 12,
    });
  });

  it('keeps a saved mapping where the new file still has its columns', () => {
    const read = table('meta-facebook-posts-en.csv', 'facebook');
    expect(fitMapping({ clicks: 'Link clicks', reactions: 'Gone' }, read.header, 'facebook')).toMatchObject({
      clicks: 'Link clicks',
      reactions: 'Reactions',
    });
  });
});

describe('outcome lists', () => {
  it('reads a French list: kinds, amounts with commas, UTM fallbacks, per-line errors', () => {
    const read = table('outcomes-fr.csv', 'outcomes');
    const columns = suggestColumnMapping(read.header, 'outcomes');
    const result = parseOutcomeList(read, { mapping: { columns }, zone });
    if (!result.ok) throw new Error(result.error.message);
    expect(
      result.rows.map((row) => [row.kind, row.occurredOn, row.amountCents, row.network, row.campaign]),
    ).toEqual([
      ['lead', '2025-03-03', 0, 'linkedin', null],
      ['client', '2025-03-05', 120_000, 'linkedin', 'conseils-temps'],
      ['revenue', '2025-03-05', 8990, 'instagram', 'Printemps'],
      ['revenue', '2025-03-05', 8990, 'instagram', 'Printemps'],
      ['revenue', '2025-03-12', 4550, 'instagram', 'printemps'],
    ]);
    // Two identical sales on one day stay two.
    expect(new Set(result.rows.map((row) => row.rowKey)).size).toBe(5);
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([
      [7, 'unknown_kind'],
      [8, 'invalid_date'],
      [9, 'invalid_amount'],
    ]);
  });

  it('reads an English CRM export with ids, ISO dates and dollar amounts', () => {
    const read = table('outcomes-en.csv', 'outcomes');
    const columns = suggestColumnMapping(read.header, 'outcomes');
    expect(columns).toMatchObject({
      externalId: 'Deal ID',
      date: 'Close date',
      kind: 'Stage',
      amount: 'Amount',
    });
    const result = parseOutcomeList(read, { mapping: { columns }, zone });
    if (!result.ok) throw new Error(result.error.message);
    expect(
      result.rows.map((row) => [row.kind, row.occurredOn, row.amountCents, row.network, row.campaign]),
    ).toEqual([
      ['lead', '2025-03-04', 0, 'linkedin', null],
      ['client', '2025-03-11', 125_000, 'facebook', 'spring-offer'],
      ['revenue', '2025-03-19', 98_050, 'bluesky', null],
    ]);
  });

  it('gives lines without a kind column the default kind', () => {
    const read = readResultsCsv('Date,Montant\n2025-03-01,"10,00"\n', 'outcomes') as ResultsCsvTable;
    const result = parseOutcomeList(read, {
      mapping: { columns: { date: 'Date', amount: 'Montant' }, defaultKind: 'lead' },
      zone,
    });
    expect(result.ok && result.rows[0]?.kind).toBe('lead');
  });
});

describe('matching exported posts to Cadence posts', () => {
  const candidates = [
    {
      postVersionId: 'a',
      url: 'https://www.linkedin.com/posts/claire-martin_temps-activity-7301234567890123456-AbCd',
      localDate: '2025-03-14',
      text: 'Three ways to win back an hour a week on social media',
    },
    {
      postVersionId: 'b',
      url: null,
      localDate: '2025-03-18',
      text: 'Our March client story: a bakery that doubled',
    },
    { postVersionId: 'c', url: null, localDate: '2025-03-20', text: 'Webinar on Thursday: planning' },
    { postVersionId: 'd', url: null, localDate: '2025-03-20', text: 'Webinar on Thursday: planning, again' },
  ];
  it('matches by LinkedIn activity number whatever the form of the link', () => {
    expect(postLinkKey('https://www.linkedin.com/feed/update/urn:li:activity:7301234567890123456/')).toBe(
      'linkedin:7301234567890123456',
    );
    expect(
      matchImportedPost(
        {
          url: 'https://www.linkedin.com/feed/update/urn:li:activity:7301234567890123456',
          localDate: '2025-03-15',
          text: '',
        },
        candidates,
      ),
    ).toBe('a');
  });
  it('matches by day and first words only when exactly one post fits', () => {
    expect(
      matchImportedPost(
        {
          url: null,
          localDate: '2025-03-18',
          text: 'Our March client story: a bakery that doubled its orders',
        },
        candidates,
      ),
    ).toBe('b');
    expect(
      matchImportedPost(
        { url: null, localDate: '2025-03-19', text: 'Our March client story: a bakery' },
        candidates,
      ),
    ).toBeNull();
    expect(
      matchImportedPost(
        { url: null, localDate: '2025-03-20', text: 'Webinar on Thursday: planning' },
        candidates,
      ),
    ).toBeNull();
    expect(matchImportedPost({ url: null, localDate: '2025-03-18', text: 'Our' }, candidates)).toBeNull();
  });
});
