import { formatLocalDateSpan } from '../../../core/format/date-span.js';
import { formatDecimal, formatMinutes } from '../../../core/format/format-minutes.js';
import { applyFrenchSpacing } from '../../../core/format/french-typography.js';
import type { ReportBranding } from '../instance/organisation-profile.service.js';
import { categoryLabel } from '../tracking/category-labels.js';
import type { PdfBranding } from './report-pdf.js';

export type ReportLocale = 'fr' | 'en';

/**
 * What the review's and the client report's PDF and CSV say, in the two languages the app speaks
 * (the web's own catalogue is the browser's; these files are written by the server).
 */
export const reportWords = {
  fr: {
    weeklyTitle: 'Revue de la semaine',
    weekOf: (from: string, to: string) => `Semaine du ${from} au ${to}`,
    inProgress: (date: string) => `Semaine en cours, jugée jusqu’au ${date}.`,
    hours: 'Heures : prévu et réalisé',
    category: 'Catégorie',
    budget: 'Budget',
    planned: 'Prévu (routine)',
    tracked: 'Suivi',
    total: 'Total',
    adherence: (done: number, planned: number) => `Blocs de la routine tenus : ${done} sur ${planned}.`,
    costOfTime: 'Coût du temps suivi',
    posts: 'Publications face aux objectifs',
    network: 'Réseau',
    noNetwork: 'Sans réseau',
    target: 'Objectif / sem.',
    published: 'Publiées',
    streak: 'Série',
    weeks: (count: number) => `${count} sem.`,
    silences: 'Silences',
    silence: (from: string, to: string, days: number) =>
      days === 1 ? `le ${from}` : `du ${from} au ${to} (${days} jours)`,
    noSilence: 'aucun',
    onTarget: 'objectif tenu',
    offTarget: 'objectif manqué',
    stillOpen: 'en cours',
    noTarget: 'sans objectif',
    best: 'Meilleures publications',
    worst: 'Moins bonnes publications',
    engagement: 'Interactions',
    noMeasured: 'Aucune publication mesurée cette semaine.',
    thin: (measured: number, minimum: number) =>
      `${measured} publication(s) mesurée(s) : un indice, pas un verdict (il en faut ${minimum}).`,
    outcomes: 'Résultats',
    leads: 'Leads',
    clients: 'Clients gagnés',
    revenue: 'Chiffre d’affaires',
    costPerLead: 'Coût du temps par lead',
    costPerClient: 'Coût du temps par client',
    notes: 'Conclusions',
    noNotes: 'Aucune conclusion écrite pour cette semaine.',
    section: 'Rubrique',
    item: 'Élément',
    value: 'Valeur',
    detail: 'Détail',
    monthlyTitle: 'Rapport mensuel',
    monthOf: (month: string) => `Mois de ${month}`,
    monthInProgress: 'Mois en cours : les chiffres ne sont pas définitifs.',
    hoursMonth: 'Heures : budget du mois et temps suivi',
    postsMonth: 'Publications et régularité',
    expected: 'Attendues',
    weeksKept: 'Semaines tenues',
    results: 'Résultats et retour sur investissement',
    cost: 'Coût (temps + frais)',
    roi: 'ROI',
    noResults: 'Aucun coût ni résultat enregistré ce mois-ci.',
    leftOut: (count: number) => `${count} montant(s) dans une autre devise laissé(s) de côté.`,
    preparedBy: (name: string) => `préparé par ${name}`,
    madeWith: (date: string) => `Établi avec Cadence le ${date}.`,
    zone: (zone: string) => `Dates et heures dans le fuseau ${zone}.`,
    page: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  },
  en: {
    weeklyTitle: 'Weekly review',
    weekOf: (from: string, to: string) => `Week of ${from} to ${to}`,
    inProgress: (date: string) => `Week in progress, judged up to ${date}.`,
    hours: 'Hours: planned and done',
    category: 'Category',
    budget: 'Budget',
    planned: 'Planned (routine)',
    tracked: 'Tracked',
    total: 'Total',
    adherence: (done: number, planned: number) => `Routine blocks kept: ${done} of ${planned}.`,
    costOfTime: 'Cost of tracked time',
    posts: 'Posts against targets',
    network: 'Network',
    noNetwork: 'No network',
    target: 'Target / week',
    published: 'Published',
    streak: 'Streak',
    weeks: (count: number) => `${count} wk`,
    silences: 'Silences',
    silence: (from: string, to: string, days: number) =>
      days === 1 ? `on ${from}` : `${from} to ${to} (${days} days)`,
    noSilence: 'none',
    onTarget: 'target kept',
    offTarget: 'target missed',
    stillOpen: 'in progress',
    noTarget: 'no target',
    best: 'Best posts',
    worst: 'Weakest posts',
    engagement: 'Engagements',
    noMeasured: 'No measured post this week.',
    thin: (measured: number, minimum: number) =>
      `${measured} measured post(s): a pointer, not a verdict (${minimum} are needed).`,
    outcomes: 'Outcomes',
    leads: 'Leads',
    clients: 'Clients won',
    revenue: 'Revenue',
    costPerLead: 'Time cost per lead',
    costPerClient: 'Time cost per client',
    notes: 'Conclusions',
    noNotes: 'No conclusion written for this week.',
    section: 'Section',
    item: 'Item',
    value: 'Value',
    detail: 'Detail',
    monthlyTitle: 'Monthly report',
    monthOf: (month: string) => `Month of ${month}`,
    monthInProgress: 'Month in progress: the figures are not final.',
    hoursMonth: 'Hours: the month’s budget and tracked time',
    postsMonth: 'Posts and regularity',
    expected: 'Expected',
    weeksKept: 'Weeks kept',
    results: 'Results and return on investment',
    cost: 'Cost (time + expenses)',
    roi: 'ROI',
    noResults: 'No cost or outcome recorded this month.',
    leftOut: (count: number) => `${count} amount(s) in another currency left out.`,
    preparedBy: (name: string) => `prepared by ${name}`,
    madeWith: (date: string) => `Made with Cadence on ${date}.`,
    zone: (zone: string) => `Dates and times in the ${zone} time zone.`,
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
} as const;

/** Formatting for one locale: the same rules as the web app (src/core/format). */
export function reportFormat(locale: ReportLocale) {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const french = locale === 'fr';
  return {
    locale,
    /** French spacing before : ; ! ? on anything the server writes in French. */
    say: (text: string) => (french ? applyFrenchSpacing(text) : text),
    minutes: (minutes: number) => formatMinutes(minutes, locale),
    decimal: (value: number, digits = 1) => formatDecimal(value, locale, digits),
    money: (cents: number, currency: string) =>
      new Intl.NumberFormat(tag, { style: 'currency', currency }).format(cents / 100),
    date: (date: string, withYear = true) =>
      new Date(`${date}T12:00:00Z`).toLocaleDateString(tag, {
        day: 'numeric',
        month: 'long',
        ...(withYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC',
      }),
    /** Two dates of one span, what they share said once: "23" and "29 mars 2026". */
    dateSpan: (from: string, to: string) =>
      formatLocalDateSpan(from, to, tag, { day: 'numeric', month: 'long', year: 'numeric' }),
    month: (month: string) =>
      new Date(`${month}-15T12:00:00Z`).toLocaleDateString(tag, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    category: (category: { name: string | null; referenceKey: string | null } | undefined) =>
      category ? categoryLabel(category as Parameters<typeof categoryLabel>[0], locale) : '—',
  };
}

/** The instance's organisation as a report's header and footer on one client's pages; null unbranded. */
export function brandingOf(
  organisation: ReportBranding | null,
  clientName: string,
  locale: ReportLocale,
): PdfBranding | null {
  if (!organisation) return null;
  return { ...organisation, clientName, pageLabel: reportWords[locale].page };
}
