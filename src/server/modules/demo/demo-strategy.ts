import type { CreateKpiBody, PersonaBody } from '../../../contracts/strategy.js';
import { addDaysToDate } from '../../../core/time/index.js';
import type { ObjectivesService } from '../strategy/objectives.service.js';
import type { PersonasService } from '../strategy/personas.service.js';
import type { StrategyService } from '../strategy/strategy.service.js';

type Locale = 'fr' | 'en';
type Text = Record<Locale, string>;

/** The bakery's strategy, step 1 of the method: networks, editorial line, personas, objectives, KPIs. */
const story = {
  summary: {
    fr: 'Donner envie de passer à la boutique : le pain du jour, les coulisses du fournil et les commandes pour les fêtes. Instagram d’abord (photos et stories du matin), Facebook pour le quartier, LinkedIn pour les commandes des entreprises.',
    en: 'Make people want to drop by: the day’s bread, behind the scenes at the bakehouse and orders for the holidays. Instagram first (morning photos and stories), Facebook for the neighbourhood, LinkedIn for company orders.',
  },
  tone: {
    fr: 'Chaleureux et gourmand, tutoiement, jamais de promo criarde',
    en: 'Warm and mouth-watering, first names, never a loud promotion',
  },
  pillars: [
    {
      name: { fr: 'Le fournil', en: 'The bakehouse' },
      description: {
        fr: 'Coulisses, gestes, levain, 5 h du matin',
        en: 'Behind the scenes, hands, sourdough, 5 a.m.',
      },
      sharePercent: 40,
    },
    {
      name: { fr: 'Le produit du jour', en: 'Today’s bake' },
      description: {
        fr: 'Ce qui sort du four, la vitrine',
        en: 'What comes out of the oven, the shop window',
      },
      sharePercent: 30,
    },
    {
      name: { fr: 'Le quartier', en: 'The neighbourhood' },
      description: {
        fr: 'Clients, producteurs, marché du samedi',
        en: 'Customers, growers, the Saturday market',
      },
      sharePercent: 20,
    },
    {
      name: { fr: 'Commandes et fêtes', en: 'Orders and holidays' },
      description: {
        fr: 'Bûches, galettes, plateaux pour les entreprises',
        en: 'Yule logs, king cakes, trays for companies',
      },
      sharePercent: 10,
    },
  ],
  personas: [
    {
      name: { fr: 'Claire, habituée du quartier', en: 'Claire, a neighbourhood regular' },
      description: {
        fr: '38 ans, deux enfants, passe le matin avant l’école.',
        en: '38, two children, drops by in the morning before school.',
      },
      problems: {
        fr: 'Peu de temps ; la baguette tradition est souvent épuisée à 18 h.',
        en: 'Little time; the traditional baguette is often sold out by 6 p.m.',
      },
      expectations: {
        fr: 'Savoir ce qui sort du four et réserver.',
        en: 'To know what comes out of the oven, and to book.',
      },
      interests: { fr: 'Cuisine de saison, sorties en famille.', en: 'Seasonal cooking, family outings.' },
      networks: [{ network: 'instagram', usage: { fr: 'Stories le matin', en: 'Morning stories' } }],
    },
    {
      name: { fr: 'Marc, office manager', en: 'Marc, office manager' },
      description: {
        fr: 'Commande les petits-déjeuners d’une PME de 40 personnes.',
        en: 'Orders breakfasts for a 40-person company.',
      },
      problems: {
        fr: 'Trouver un fournisseur fiable qui livre avant 8 h 30.',
        en: 'Finding a reliable supplier who delivers before 8:30.',
      },
      expectations: {
        fr: 'Des prix clairs, un devis en une journée.',
        en: 'Clear prices, a quote within a day.',
      },
      interests: { fr: 'Vie d’équipe, commerces locaux.', en: 'Team life, local shops.' },
      networks: [
        { network: 'linkedin', usage: { fr: 'Le midi, au bureau', en: 'At lunchtime, at the office' } },
      ],
    },
  ],
} as const;

const objectives: {
  title: Text;
  description: Text;
  kpis: Omit<CreateKpiBody, 'objectiveId' | 'dueDate' | 'startDate'>[];
}[] = [
  {
    title: { fr: 'Faire venir de nouveaux clients en boutique', en: 'Bring new customers to the shop' },
    description: {
      fr: 'Les gens du quartier qui ne nous connaissent pas encore.',
      en: 'People in the neighbourhood who do not know us yet.',
    },
    kpis: [
      {
        metric: 'followers',
        label: null,
        target: 2000,
        baseline: 1200,
        actual: 1620,
        period: 'quarter',
        direction: 'higher_is_better',
      },
      {
        metric: 'engagement_rate',
        label: null,
        target: 5,
        baseline: 3,
        actual: 4.2,
        period: 'month',
        direction: 'higher_is_better',
      },
    ],
  },
  {
    title: { fr: 'Vendre des plateaux aux entreprises', en: 'Sell breakfast trays to companies' },
    description: {
      fr: 'Les commandes de bureaux, régulières et rentables.',
      en: 'Office orders: regular and profitable.',
    },
    kpis: [
      {
        metric: 'leads',
        label: null,
        target: 12,
        baseline: 0,
        actual: 6,
        period: 'quarter',
        direction: 'higher_is_better',
      },
      {
        metric: 'clients_won',
        label: null,
        target: 4,
        baseline: 0,
        actual: 1,
        period: 'quarter',
        direction: 'higher_is_better',
      },
    ],
  },
];

/**
 * Writes the demo bakery's strategy through the strategy services, in the demo's language:
 * a profile with an editorial line, posting targets per network, pillars that add up to 100 %,
 * two personas and two objectives with their KPIs, due at the end of the quarter.
 */
export function createDemoStrategySeeder({
  strategyService,
  personasService,
  objectivesService,
}: {
  strategyService: Pick<StrategyService, 'updateStrategy' | 'setNetworks' | 'setPillars'>;
  personasService: Pick<PersonasService, 'createPersona'>;
  objectivesService: Pick<ObjectivesService, 'createObjective' | 'createKpi'>;
}) {
  return async function seedDemoStrategy(workspaceId: string, locale: Locale, today: string): Promise<void> {
    await strategyService.updateStrategy(workspaceId, {
      isBeginner: false,
      summary: story.summary[locale],
      tone: story.tone[locale],
      formats: ['photo', 'story', 'short_video', 'carousel'],
    });
    await strategyService.setNetworks(workspaceId, {
      networks: [
        { network: 'instagram', targetPostsPerWeek: 4, priority: 1 },
        { network: 'facebook', targetPostsPerWeek: 2, priority: 2 },
        { network: 'linkedin', targetPostsPerWeek: 1, priority: 3 },
      ],
    });
    await strategyService.setPillars(workspaceId, {
      pillars: story.pillars.map((pillar) => ({
        name: pillar.name[locale],
        description: pillar.description[locale],
        sharePercent: pillar.sharePercent,
      })),
    });
    for (const persona of story.personas) {
      const body: PersonaBody = {
        name: persona.name[locale],
        description: persona.description[locale],
        problems: persona.problems[locale],
        expectations: persona.expectations[locale],
        interests: persona.interests[locale],
        networks: persona.networks.map((item) => ({ network: item.network, usage: item.usage[locale] })),
      };
      await personasService.createPersona(workspaceId, body);
    }
    const startDate = addDaysToDate(today, -42);
    const dueDate = addDaysToDate(today, 49);
    for (const objective of objectives) {
      const { id } = await objectivesService.createObjective(workspaceId, {
        title: objective.title[locale],
        description: objective.description[locale],
      });
      for (const kpi of objective.kpis)
        await objectivesService.createKpi(workspaceId, { ...kpi, objectiveId: id, startDate, dueDate });
    }
  };
}
