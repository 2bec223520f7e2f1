import { describe, expect, it } from 'vitest';
import { parsePostCsv } from './parse-post-csv.js';

describe('parsePostCsv', () => {
  it('reads four columns with a header, and Hootsuite three-column rows without one', () => {
    const four = parsePostCsv(
      'date,time,text,link\n24/12/2026,14:30,"Joyeux Noël, à demain !",https://exemple.fr\n2026-12-26,9h05,Soldes,\n',
      'day_first',
    );
    expect(
      four.map(({ line, date, time, text, link, error }) => ({ line, date, time, text, link, error })),
    ).toEqual([
      {
        line: 2,
        date: '2026-12-24',
        time: '14:30',
        text: 'Joyeux Noël, à demain !',
        link: 'https://exemple.fr',
        error: null,
      },
      { line: 3, date: '2026-12-26', time: '09:05', text: 'Soldes', link: null, error: null },
    ]);
    const hootsuite = parsePostCsv('12/24/2026 14:30,Merry Christmas,https://example.com\n', 'month_first');
    expect(hootsuite[0]).toMatchObject({
      line: 1,
      date: '2026-12-24',
      time: '14:30',
      text: 'Merry Christmas',
    });
  });

  it('gives each bad row its line and reason', () => {
    const rows = parsePostCsv(
      '2026-12-24,14:30,ok\n31/02/2026,10:00,bad date\n2026-12-24,25:00,bad time\n2026-12-24,10:00,\n2026-12-24,10:00,x,javascript:alert(1)\n',
      'day_first',
    );
    expect(rows.map((row) => [row.line, row.error])).toEqual([
      [1, null],
      [2, 'bad_date'],
      [3, 'bad_time'],
      [4, 'empty_text'],
      [5, 'bad_link'],
    ]);
  });

  it('keys each row by its content, so the same file imports once', () => {
    const once = parsePostCsv('2026-12-24,14:30,Bonjour\n', 'day_first');
    const twice = parsePostCsv('date,time,text\n2026-12-24,14:30,Bonjour\n', 'day_first');
    expect(once[0]?.importKey).toBe(twice[0]?.importKey);
    expect(parsePostCsv('2026-12-24,14:31,Bonjour\n', 'day_first')[0]?.importKey).not.toBe(
      once[0]?.importKey,
    );
  });
});
