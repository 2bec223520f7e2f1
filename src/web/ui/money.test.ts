import { describe, expect, it } from 'vitest';
import { centsToAmountInput, formatCents, parseAmountToCents } from './money.js';

describe('parseAmountToCents', () => {
  it('reads whole amounts and both decimal separators', () => {
    expect(parseAmountToCents('35')).toBe(3500);
    expect(parseAmountToCents('35,50')).toBe(3550);
    expect(parseAmountToCents('35.5')).toBe(3550);
    expect(parseAmountToCents(' 1 250,05 ')).toBe(125005);
    expect(parseAmountToCents('0,07')).toBe(7);
  });

  it('tells empty from unreadable', () => {
    expect(parseAmountToCents('')).toBeNull();
    expect(parseAmountToCents('  ')).toBeNull();
    expect(parseAmountToCents('abc')).toBeUndefined();
    expect(parseAmountToCents('35,505')).toBeUndefined();
    expect(parseAmountToCents('-3')).toBeUndefined();
  });

  it('round-trips with centsToAmountInput', () => {
    for (const cents of [0, 7, 3500, 3550, 125005]) {
      expect(parseAmountToCents(centsToAmountInput(cents, 'fr'))).toBe(cents);
      expect(parseAmountToCents(centsToAmountInput(cents, 'en'))).toBe(cents);
    }
  });
});

describe('formatCents', () => {
  it('formats in the interface locale and the workspace currency', () => {
    expect(formatCents(3550, 'EUR', 'en')).toBe('€35.50');
    expect(formatCents(3550, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('35,50 €');
  });
});
