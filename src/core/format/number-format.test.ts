import { describe, expect, it } from 'vitest';
import { numberFormat } from './number-format.js';

describe('numberFormat', () => {
  it('formats like Intl.NumberFormat and hands back the same formatter for the same request', () => {
    const euros = numberFormat('fr', { style: 'currency', currency: 'EUR' });
    expect(euros.format(35.5)).toBe(
      new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(35.5),
    );
    expect(numberFormat('fr', { style: 'currency', currency: 'EUR' })).toBe(euros);
  });

  it('keeps locales and options apart', () => {
    expect(numberFormat('en', { style: 'currency', currency: 'EUR' })).not.toBe(
      numberFormat('fr', { style: 'currency', currency: 'EUR' }),
    );
    expect(numberFormat('fr', { maximumFractionDigits: 1 }).format(1.25)).toBe('1,3');
    expect(numberFormat('fr', { maximumFractionDigits: 2 }).format(1.25)).toBe('1,25');
  });

  it('throws for a currency Intl refuses, as Intl does', () => {
    expect(() => numberFormat('fr', { style: 'currency', currency: 'EURO' })).toThrow(RangeError);
  });
});
