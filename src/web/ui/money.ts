import { numberFormat } from '../../core/format/index.js';

/**
 * Money is integer cents in the API. People type amounts the way they write them: "35", "35,50",
 * "35.5" or "1 250,00"; these helpers convert both ways without floating-point surprises.
 */
const amountPattern = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** "35,50" → 3550; "" → null; anything unreadable → undefined. */
export function parseAmountToCents(input: string): number | null | undefined {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const match = amountPattern.exec(compact);
  if (!match) return undefined;
  const units = Number(match[1]);
  const decimals = (match[2] ?? '').padEnd(2, '0');
  return units * 100 + Number(decimals);
}

/** 3550 → "35,50" in French, "35.50" in English: what an input shows for an existing amount. */
export function centsToAmountInput(cents: number | null, locale: string): string {
  if (cents === null) return '';
  const units = Math.floor(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(units);
  const separator = locale.startsWith('fr') ? ',' : '.';
  return `${units}${separator}${String(rest).padStart(2, '0')}`;
}

/** 3550, EUR, fr → "35,50 €". */
export function formatCents(cents: number, currency: string, locale: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}
