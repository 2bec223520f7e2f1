import type { Category } from '../../../contracts/budget.js';
import type { ReferenceCategoryKey } from '../../../core/budget/reference-categories.js';

/**
 * The reference categories' names, for what the server writes itself (CSV exports) and for
 * recognising them in imported files. The web app owns the labels it displays.
 */
const referenceLabels: Record<ReferenceCategoryKey, { fr: string; en: string }> = {
  veille: { fr: 'Veille / sourcing', en: 'Monitoring / sourcing' },
  acquisition: { fr: 'Acquisition / partage', en: 'Acquisition / sharing' },
  blogging: { fr: 'Blogging', en: 'Blogging' },
  curation: { fr: 'Curation', en: 'Curation' },
  communication: { fr: 'Communication', en: 'Communication' },
  analyse: { fr: 'Analyse', en: 'Analysis' },
  strategie: { fr: 'Stratégie', en: 'Strategy' },
};

export function categoryLabel(
  category: Pick<Category, 'name' | 'referenceKey'>,
  locale: 'fr' | 'en',
): string {
  if (category.name) return category.name;
  return category.referenceKey ? referenceLabels[category.referenceKey][locale] : '';
}

/** Lower case, no accents, no punctuation: "Stratégie" and "strategie" are the same word. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}

/** Every name a category goes by: its own name, its key, its French and English labels and their first word. */
export function namesOf(category: Pick<Category, 'name' | 'referenceKey'>): string[] {
  const names = [category.name ?? ''];
  if (category.referenceKey) {
    const labels = referenceLabels[category.referenceKey];
    names.push(
      category.referenceKey,
      labels.fr,
      labels.en,
      labels.fr.split(' / ')[0] ?? '',
      labels.en.split(' / ')[0] ?? '',
    );
  }
  return names.map(normaliseLabel).filter((name) => name.length > 0);
}
