import type { TFunction } from 'i18next';
import type { Category } from '../../../contracts/budget.js';
import type { ReferenceCategoryKey } from '../../../core/budget/reference-categories.js';
import { formatMinutes } from '../../../core/format/format-minutes.js';
import { numberFormat } from '../../../core/format/number-format.js';

/** 390 → "6 h 30" (fr) / "6 h 30 min" (en), 45 → "45 min", −90 → "−1 h 30". */
export function formatHours(minutes: number, locale: string, signed = false): string {
  return formatMinutes(minutes, locale, { signed });
}

export function formatMoney(cents: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** Hours typed in (quarter-hour steps) → whole minutes on a quarter hour. */
export function hoursToMinutes(hours: number): number {
  return Math.max(0, Math.min(7 * 24 * 60, Math.round((hours * 60) / 15) * 15));
}

export function referenceName(key: ReferenceCategoryKey, t: TFunction): string {
  return t(`budget.referenceCategories.${key}`);
}

export function referenceDescription(key: ReferenceCategoryKey, t: TFunction): string {
  return t(`budget.referenceDescriptions.${key}`);
}

/** The name the workspace gave, else the reference category's name in the current language. */
export function categoryLabel(category: Category, t: TFunction): string {
  if (category.name) return category.name;
  return category.referenceKey ? referenceName(category.referenceKey, t) : '';
}

/** The workspace's own description, else what the method says the reference category covers. */
export function categoryDescription(category: Category, t: TFunction): string | null {
  if (category.description) return category.description;
  return category.referenceKey ? referenceDescription(category.referenceKey, t) : null;
}
