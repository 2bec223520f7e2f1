import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRecord, createCsvTokenizer, detectCsvDelimiter } from './csv-tokenizer.js';

function tokenize(
  chunks: readonly string[],
  delimiter?: string,
): { records: CsvRecord[]; delimiter: string | null } {
  const tokenizer = createCsvTokenizer(delimiter === undefined ? {} : { delimiter });
  const records: CsvRecord[] = [];
  for (const chunk of chunks) tokenizer.write(chunk, (record) => records.push(record));
  tokenizer.end((record) => records.push(record));
  return { records, delimiter: tokenizer.delimiter };
}

/** Splits text at the given cut points (any order, duplicates allowed). */
function splitAt(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((left, right) => left - right);
  const chunks: string[] = [];
  let previous = 0;
  for (const point of points) {
    chunks.push(text.slice(previous, point));
    previous = point;
  }
  chunks.push(text.slice(previous));
  return chunks;
}

describe('detectCsvDelimiter', () => {
  it('picks the most frequent delimiter outside quotes', () => {
    expect(detectCsvDelimiter('User,Email,Client')).toBe(',');
    expect(detectCsvDelimiter('Member;Email;"Amount (EUR), net"')).toBe(';');
    expect(detectCsvDelimiter('a\tb\tc')).toBe('\t');
    expect(detectCsvDelimiter('"a;b;c",d')).toBe(',');
    expect(detectCsvDelimiter('garbage')).toBe(',');
  });
});

describe('createCsvTokenizer', () => {
  it('reads quoted fields with delimiters, quotes and newlines, and reports start lines', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n\r\n2,"multi\r\nline\nfield",4\n5,6,7';
    const { records, delimiter } = tokenize([text]);
    expect(delimiter).toBe(',');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'], problem: null },
      { line: 2, fields: ['1', 'x, "y"', '3'], problem: null },
      { line: 4, fields: ['2', 'multi\r\nline\nfield', '4'], problem: null },
      { line: 7, fields: ['5', '6', '7'], problem: null },
    ]);
  });

  it('detects the delimiter on the header even when the header arrives in pieces', () => {
    const { records, delimiter } = tokenize(['Mem', 'ber;Em', 'ail\n', 'a;b\n']);
    expect(delimiter).toBe(';');
    expect(records.map((record) => record.fields)).toEqual([
      ['Member', 'Email'],
      ['a', 'b'],
    ]);
  });

  it('flags an unterminated quote and text after a closing quote', () => {
    expect(tokenize(['a,b\n"x"y,z\n"open,end\nmore']).records).toEqual([
      { line: 1, fields: ['a', 'b'], problem: null },
      { line: 2, fields: ['xy', 'z'], problem: 'text_after_quote' },
      { line: 3, fields: ['open,end\nmore'], problem: 'unterminated_quote' },
    ]);
  });

  it('keeps a quote inside an unquoted field and a trailing empty field', () => {
    expect(tokenize(['a,b\n5" screen,\n']).records[1]?.fields).toEqual(['5" screen', '']);
  });

  it('counts lone CR line endings', () => {
    expect(tokenize(['a,b\r1,2\r3,"x\ry"\r4,5']).records.map((record) => record.line)).toEqual([1, 2, 3, 5]);
  });

  it('agrees with csv-parse on any CSV csv-stringify writes, however it is chunked', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r', ' ', '=', '😀'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
          ),
        fc.constantFrom(',', ';'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, delimiter, cuts) => {
          // quoted_match: with a CRLF record delimiter, csv-stringify leaves a lone CR or LF unquoted.
          const text = stringify(rows, { delimiter, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
          const expected: string[][] = parse(text, {
            delimiter,
            relax_column_count: true,
            skip_empty_lines: true,
          });
          const { records } = tokenize(splitAt(text, cuts), delimiter);
          expect(records.map((record) => record.fields)).toEqual(expected);
          expect(records.every((record) => record.problem === null)).toBe(true);
          // Each row starts after the previous rows' own lines; blank rows yield no record.
          const lineStarts: number[] = [];
          let line = 1;
          for (const row of rows) {
            if (!(row.length === 1 && row[0] === '')) lineStarts.push(line);
            line += 1 + row.reduce((breaks, cell) => breaks + cell.split(/\r\n|\r|\n/).length - 1, 0);
          }
          expect(records.map((record) => record.line)).toEqual(lineStarts);
        },
      ),
      { numRuns: 300 },
    );
  });
});
