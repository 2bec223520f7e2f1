import { describe, expect, it } from 'vitest';
import { explainMorningSend, findDueMorningDate, morningMailTimeOn } from './morning-schedule.js';
import { isInQuietHours } from './quiet-hours.js';

const paris = 'Europe/Paris';
const night = { start: '22:00', end: '07:00' };

describe('findDueMorningDate', () => {
  it('is due from the chosen local time until the day ends, not before', () => {
    // 08:00 in Paris (CET) is 07:00 UTC.
    expect(findDueMorningDate('2026-12-07T06:59:00Z', paris, '08:00', null)).toBeNull();
    expect(findDueMorningDate('2026-12-07T07:00:00Z', paris, '08:00', null)).toBe('2026-12-07');
    // A missed check still sends it that evening; after midnight it is the next day's business.
    expect(findDueMorningDate('2026-12-07T22:59:00Z', paris, '08:00', null)).toBe('2026-12-07');
    expect(findDueMorningDate('2026-12-07T23:00:00Z', paris, '08:00', null)).toBeNull();
  });

  it('keeps 08:00 local across the Paris DST days', () => {
    // 29 March 2026: CET -> CEST at 02:00; 08:00 is 06:00 UTC.
    expect(findDueMorningDate('2026-03-29T05:59:00Z', paris, '08:00', null)).toBeNull();
    expect(findDueMorningDate('2026-03-29T06:00:00Z', paris, '08:00', null)).toBe('2026-03-29');
    // The day before, still winter: 08:00 is 07:00 UTC.
    expect(findDueMorningDate('2026-03-28T06:30:00Z', paris, '08:00', null)).toBeNull();
    // 25 October 2026: CEST -> CET at 03:00; 08:00 is 07:00 UTC.
    expect(findDueMorningDate('2026-10-25T06:59:00Z', paris, '08:00', null)).toBeNull();
    expect(findDueMorningDate('2026-10-25T07:00:00Z', paris, '08:00', null)).toBe('2026-10-25');
  });

  it('resolves a time the clocks skip or repeat by the one DST rule', () => {
    // 02:30 does not exist on 29 March: pushed to 03:30 CEST (01:30 UTC).
    expect(morningMailTimeOn('2026-03-29', '02:30', paris, null)).toBe('2026-03-29T01:30:00Z');
    // 02:30 happens twice on 25 October: the first one (00:30 UTC), so the mail goes once.
    expect(morningMailTimeOn('2026-10-25', '02:30', paris, null)).toBe('2026-10-25T00:30:00Z');
    expect(findDueMorningDate('2026-10-25T00:30:00Z', paris, '02:30', null)).toBe('2026-10-25');
  });

  it('holds a time in quiet hours until they end, the same day', () => {
    // 06:00 in 22:00–07:00: sent at 07:00 (06:00 UTC in winter, 05:00 UTC on 29 March).
    expect(morningMailTimeOn('2026-12-07', '06:00', paris, night)).toBe('2026-12-07T06:00:00Z');
    expect(findDueMorningDate('2026-12-07T05:30:00Z', paris, '06:00', night)).toBeNull();
    expect(findDueMorningDate('2026-12-07T06:00:00Z', paris, '06:00', night)).toBe('2026-12-07');
    expect(morningMailTimeOn('2026-03-29', '06:00', paris, night)).toBe('2026-03-29T05:00:00Z');
    expect(morningMailTimeOn('2026-10-25', '06:00', paris, night)).toBe('2026-10-25T06:00:00Z');
    // Daytime quiet hours (12:00–14:00) hold 12:30 until 14:00.
    expect(morningMailTimeOn('2026-12-07', '12:30', paris, { start: '12:00', end: '14:00' })).toBe(
      '2026-12-07T13:00:00Z',
    );
    // Outside quiet hours nothing moves.
    expect(morningMailTimeOn('2026-12-07', '08:00', paris, night)).toBe('2026-12-07T07:00:00Z');
  });

  it('sends nothing when quiet hours last until the day is over', () => {
    expect(morningMailTimeOn('2026-12-07', '23:00', paris, night)).toBeNull();
    expect(findDueMorningDate('2026-12-07T22:30:00Z', paris, '23:00', night)).toBeNull();
  });
});

describe('isInQuietHours', () => {
  it('reads overnight and daytime quiet hours', () => {
    expect(isInQuietHours('06:00', night)).toBe(true);
    expect(isInQuietHours('23:00', night)).toBe(true);
    expect(isInQuietHours('07:00', night)).toBe(false);
    expect(isInQuietHours('12:30', { start: '12:00', end: '14:00' })).toBe(true);
    expect(isInQuietHours('08:00', null)).toBe(false);
  });
});

describe('explainMorningSend', () => {
  it('says the chosen time when the mail left then, within the quarter-hourly check', () => {
    expect(explainMorningSend('2026-12-07T07:10:00Z', paris, '08:00', night)).toEqual({
      sentTime: '08:10',
      chosenTime: '08:00',
      reason: 'chosen_time',
    });
  });

  it('says quiet hours moved it, with the time it actually left, across DST', () => {
    expect(explainMorningSend('2026-12-07T06:00:00Z', paris, '06:00', night)).toEqual({
      sentTime: '07:00',
      chosenTime: '06:00',
      reason: 'after_quiet_hours',
    });
    // 29 March: quiet hours end at 07:00 CEST, 05:00 UTC.
    expect(explainMorningSend('2026-03-29T05:05:00Z', paris, '06:00', night).reason).toBe(
      'after_quiet_hours',
    );
    expect(explainMorningSend('2026-10-25T06:00:00Z', paris, '06:00', night)).toMatchObject({
      sentTime: '07:00',
      reason: 'after_quiet_hours',
    });
  });

  it('says late when the mail left well after its time, quiet hours or not', () => {
    expect(explainMorningSend('2026-12-07T09:40:00Z', paris, '08:00', null)).toEqual({
      sentTime: '10:40',
      chosenTime: '08:00',
      reason: 'late',
    });
    expect(explainMorningSend('2026-12-07T09:00:00Z', paris, '06:00', night).reason).toBe('late');
  });
});
