import { describe, expect, it } from 'vitest';
import { describeTimeZone } from './time-zones.js';

describe('describeTimeZone', () => {
  it('names a zone by its city, its name in the language and its offset at that date', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect(describeTimeZone('Europe/Paris', 'fr', winter)).toBe('Paris · heure d’Europe centrale (UTC+1)');
    expect(describeTimeZone('Europe/Paris', 'fr', summer)).toBe('Paris · heure d’Europe centrale (UTC+2)');
    expect(describeTimeZone('America/New_York', 'en', winter)).toBe('New York · Eastern Time (UTC\u22125)');
    expect(describeTimeZone('UTC', 'fr', winter)).toBe('UTC');
  });
});
