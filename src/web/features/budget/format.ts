import type { TFunction } from 'i18next';
import type { Category } from '../../../contracts/budget.js';

/** 390 → "6,5 h" (fr) / "6.5 h" (en). */
export function formatHours(minutes: number, locale: string, signed = false): string {
  const formatted = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(minutes / 60);
  return `${formatted} h`;
}

export function formatMoney(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** Hours typed in (quarter-hour steps) → whole minutes on a quarter hour. */
export function hoursToMinutes(hours: number): number {
  return Math.max(0, Math.min(7 * 24 * 60, Math.round((hours * 60) / 15) * 15));
}

export function categoryLabel(category: Category, t: TFunction): string {
  if (category.name) return category.name;
  return category.referenceKey ? t(`budget.referenceCategories.${category.referenceKey}`) : '';
}
