import type { CreateOutcomeBody } from '../../../contracts/results.js';
import { addMonths } from '../../../core/results/months.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import type { ResultsService } from './results.service.js';

type DemoOutcome = Pick<CreateOutcomeBody, 'kind' | 'network' | 'amountCents'> & {
  daysAgo: number;
  note: { fr: string; en: string };
};

// The bakery's month: Instagram brings most of the orders, LinkedIn one big catering client.
const demoOutcomes: DemoOutcome[] = [
  {
    kind: 'lead',
    network: 'instagram',
    amountCents: 0,
    daysAgo: 25,
    note: { fr: 'Demande de gâteau d’anniversaire', en: 'Birthday cake request' },
  },
  {
    kind: 'client',
    network: 'instagram',
    amountCents: 38_000,
    daysAgo: 22,
    note: { fr: 'Pièce montée, mariage', en: 'Wedding cake' },
  },
  {
    kind: 'lead',
    network: 'facebook',
    amountCents: 0,
    daysAgo: 19,
    note: { fr: 'Question sur les commandes de Noël', en: 'Question about Christmas orders' },
  },
  {
    kind: 'lead',
    network: 'instagram',
    amountCents: 0,
    daysAgo: 15,
    note: { fr: 'Brunch d’entreprise', en: 'Company brunch' },
  },
  {
    kind: 'client',
    network: 'linkedin',
    amountCents: 120_000,
    daysAgo: 12,
    note: { fr: 'Traiteur pour un séminaire', en: 'Catering for a seminar' },
  },
  {
    kind: 'client',
    network: 'facebook',
    amountCents: 15_000,
    daysAgo: 9,
    note: { fr: 'Commande de galettes', en: 'Galette order' },
  },
  {
    kind: 'lead',
    network: 'facebook',
    amountCents: 0,
    daysAgo: 6,
    note: { fr: 'Devis pour une fête d’école', en: 'Quote for a school party' },
  },
  {
    kind: 'client',
    network: 'instagram',
    amountCents: 24_000,
    daysAgo: 4,
    note: { fr: 'Gâteau personnalisé', en: 'Custom cake' },
  },
  {
    kind: 'lead',
    network: 'instagram',
    amountCents: 0,
    daysAgo: 2,
    note: {
      fr: 'Message privé : viennoiseries pour un bureau',
      en: 'Direct message: pastries for an office',
    },
  },
];

/** Results' part of the demo: a month of leads and clients, and the tools and ads paid for. */
export function createDemoResultsSeeder(resultsService: ResultsService) {
  return async (workspaceId: string, locale: 'fr' | 'en', today: string) => {
    for (const outcome of demoOutcomes) {
      await resultsService.logOutcome(workspaceId, null, {
        kind: outcome.kind,
        network: outcome.network,
        amountCents: outcome.amountCents,
        occurredOn: addDaysToDate(today, -outcome.daysAgo),
        postId: null,
        campaign: null,
        note: outcome.note[locale],
      });
    }
    const thisMonth = today.slice(0, 7);
    for (const month of [addMonths(thisMonth, -1), thisMonth]) {
      await resultsService.addCost(workspaceId, {
        month,
        kind: 'tools',
        label: locale === 'fr' ? 'Outil de visuels (abonnement)' : 'Design tool (subscription)',
        amountCents: 1199,
        network: null,
      });
    }
    await resultsService.addCost(workspaceId, {
      month: thisMonth,
      kind: 'advertising',
      label: locale === 'fr' ? 'Publication sponsorisée' : 'Sponsored post',
      amountCents: 5000,
      network: 'instagram',
    });
  };
}
