import type { Category } from '../../../contracts/budget.js';
import type { ReferenceCategoryKey } from '../../../core/budget/reference-categories.js';
import type { ServerLocale } from '../../platform/problem-messages.js';

/*
 * The few words the server itself must write in the user's language: calendar events and problem
 * messages are read outside the web app, where its translations are not available. Reference
 * categories keep `name = null` so the web app translates them; these are the same labels.
 */

const referenceCategoryLabels: Record<ReferenceCategoryKey, Record<ServerLocale, string>> = {
  veille: { fr: 'Veille / sourcing', en: 'Monitoring / sourcing' },
  acquisition: { fr: 'Acquisition / partage', en: 'Acquisition / sharing' },
  blogging: { fr: 'Blogging', en: 'Blogging' },
  curation: { fr: 'Curation', en: 'Curation' },
  communication: { fr: 'Communication', en: 'Communication' },
  analyse: { fr: 'Analyse', en: 'Analysis' },
  strategie: { fr: 'Stratégie', en: 'Strategy' },
};

const weekdayNames: Record<ServerLocale, readonly string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const templateLabels: Record<string, Record<ServerLocale, string>> = {
  replies: { fr: 'Réponses aux commentaires et messages', en: 'Replies to comments and messages' },
  batch: {
    fr: 'Création et programmation des posts de la semaine',
    en: "Create and schedule the week's posts",
  },
  deep_content: { fr: 'Un contenu de fond (vidéo, article)', en: 'One deep piece (video, article)' },
  weekly_analysis: { fr: 'Analyse des performances de la semaine', en: "Analyse the week's performance" },
};

/** The category's own name, or the translated name of the reference category it stands for. */
export function categoryLabel(
  category: Pick<Category, 'name' | 'referenceKey'> | undefined,
  locale: ServerLocale,
): string {
  if (category?.name) return category.name;
  if (category?.referenceKey) return referenceCategoryLabels[category.referenceKey][locale];
  return 'Routine';
}

/** `1` -> `lundi` / `Monday`. */
export function weekdayLabel(isoWeekday: number, locale: ServerLocale): string {
  return weekdayNames[locale][isoWeekday - 1] ?? String(isoWeekday);
}

/** What a generated block is for ('replies' -> "Réponses aux commentaires…"), or null. */
export function templateLabel(templateKey: string | null, locale: ServerLocale): string | null {
  return templateKey ? (templateLabels[templateKey]?.[locale] ?? null) : null;
}

const rushWeekLabels: Record<ServerLocale, string> = {
  fr: 'Semaine chargée : version courte',
  en: 'Rush week: short version',
};

/** Said before a block a rush week shortened, where the calendar shows it. */
export function rushWeekLabel(locale: ServerLocale): string {
  return rushWeekLabels[locale];
}
