import { describe, expect, it } from 'vitest';
import { localDateAndTimeOf } from '../time/local-date-of.js';
import { getLocalDate, getLocalWallClockTime } from '../time/zoned-bounds.js';
import { groupPostsByDay } from './calendar-days.js';

const post = (id: string, scheduledAt: string | null) => ({ id, scheduledAt });
const october = { from: '2026-10-01', to: '2026-11-01' };

describe('groupPostsByDay', () => {
  it('groups by the workspace’s local day, days in order and posts by time', () => {
    const days = groupPostsByDay(
      [
        post('late', '2026-10-05T16:00:00.000Z'),
        post('early', '2026-10-05T07:30:00.000Z'),
        post('before', '2026-10-02T09:00:00.000Z'),
      ],
      'Europe/Paris',
      october,
    );
    expect(days).toEqual([
      { date: '2026-10-02', posts: [{ post: post('before', '2026-10-02T09:00:00.000Z'), time: '11:00' }] },
      {
        date: '2026-10-05',
        posts: [
          { post: post('early', '2026-10-05T07:30:00.000Z'), time: '09:30' },
          { post: post('late', '2026-10-05T16:00:00.000Z'), time: '18:00' },
        ],
      },
    ]);
  });

  it('puts 01:30 Paris on the last Sunday of October (the night the clocks go back) on that Sunday', () => {
    // 2026-10-25 01:30 CEST (UTC+2) is Saturday 23:30 UTC: the UTC date is the day before.
    const [day] = groupPostsByDay([post('night', '2026-10-24T23:30:00.000Z')], 'Europe/Paris', october);
    expect(day).toEqual({
      date: '2026-10-25',
      posts: [{ post: post('night', '2026-10-24T23:30:00.000Z'), time: '01:30' }],
    });
  });

  it('orders the repeated hour of the change by instant: 02:30 summer time before 02:15 winter time', () => {
    const days = groupPostsByDay(
      [post('winter', '2026-10-25T01:15:00.000Z'), post('summer', '2026-10-25T00:30:00.000Z')],
      'Europe/Paris',
      october,
    );
    expect(days.map((day) => day.date)).toEqual(['2026-10-25']);
    expect(days[0]?.posts.map((item) => [item.post.id, item.time])).toEqual([
      ['summer', '02:30'],
      ['winter', '02:15'],
    ]);
  });

  it('reads the day in the workspace’s zone, not UTC: Montréal’s evening and Auckland’s morning', () => {
    const instant = '2026-10-31T23:30:00.000Z';
    expect(groupPostsByDay([post('a', instant)], 'America/Montreal', october)[0]?.date).toBe('2026-10-31');
    // Auckland is already in November: outside October's list.
    expect(groupPostsByDay([post('a', instant)], 'Pacific/Auckland', october)).toEqual([]);
    expect(
      groupPostsByDay([post('a', instant)], 'Pacific/Auckland', { from: '2026-11-01', to: '2026-12-01' })[0],
    ).toEqual({ date: '2026-11-01', posts: [{ post: post('a', instant), time: '12:30' }] });
  });

  it('leaves out posts without a time and days outside the period', () => {
    expect(
      groupPostsByDay(
        [
          post('none', null),
          post('september', '2026-09-30T12:00:00.000Z'),
          post('november', '2026-11-01T12:00:00.000Z'),
        ],
        'Europe/Paris',
        october,
      ),
    ).toEqual([]);
  });

  it('keeps posts at the same minute in the order given', () => {
    const at = '2026-10-05T07:00:00.000Z';
    const days = groupPostsByDay([post('first', at), post('second', at)], 'UTC', october);
    expect(days[0]?.posts.map((item) => item.post.id)).toEqual(['first', 'second']);
  });
});

describe('localDateAndTimeOf', () => {
  it('agrees with the Temporal-based reading every 15 minutes around both of Paris’s clock changes', () => {
    for (const start of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z']) {
      for (let minutes = 0; minutes < 12 * 60; minutes += 15) {
        const instant = new Date(Date.parse(start) + minutes * 60_000).toISOString();
        expect(localDateAndTimeOf(instant, 'Europe/Paris')).toEqual({
          date: getLocalDate(instant, 'Europe/Paris'),
          time: getLocalWallClockTime(instant, 'Europe/Paris'),
        });
      }
    }
  });

  it('never writes midnight as 24:00', () => {
    expect(localDateAndTimeOf('2026-10-05T22:00:00.000Z', 'Europe/Paris')).toEqual({
      date: '2026-10-06',
      time: '00:00',
    });
  });
});
