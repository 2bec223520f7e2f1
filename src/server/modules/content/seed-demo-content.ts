import type { NetworkKey } from '../../../contracts/networks.js';
import { batchWeekStart } from '../../../core/content/batch-plan.js';
import { proposePostingSlots } from '../../../core/content/posting-slots.js';
import { addDaysToDate, getLocalDate, resolveWallClock, zonedWeekStart } from '../../../core/time/index.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import type { IdeasService } from './ideas.service.js';
import type { PostingSlotsService } from './posting-slots.service.js';
import type { PostsRepository } from './posts.repository.js';
import type { PostsService } from './posts.service.js';
import type { SchedulePostService } from './schedule-post.service.js';

type Locale = 'fr' | 'en';
type DemoPost = { fr: string; en: string; network: NetworkKey };

const ideas: { fr: string; en: string; network: NetworkKey | null }[] = [
  {
    fr: 'Les coulisses du levain : 48 h en 5 photos',
    en: 'Behind the sourdough: 48 hours in 5 photos',
    network: 'instagram',
  },
  {
    fr: 'Portrait d’Hugo, apprenti depuis septembre',
    en: 'Meet Hugo, our apprentice since September',
    network: 'facebook',
  },
  {
    fr: 'Pourquoi nous passons au blé local (et ce que ça change au prix)',
    en: 'Why we are moving to local wheat (and what it does to prices)',
    network: 'linkedin',
  },
  { fr: 'Recette de la galette des rois maison', en: 'Our homemade king cake recipe', network: null },
  {
    fr: 'Sondage : la viennoiserie à remettre à la carte',
    en: 'Poll: which pastry should come back',
    network: 'instagram',
  },
];

const published: DemoPost[] = [
  {
    fr: 'Nouveau : le pain au petit épeautre, tous les jeudis.',
    en: 'New: small spelt bread, every Thursday.',
    network: 'instagram',
  },
  {
    fr: 'Merci à nos 200 premiers clients fidélité !',
    en: 'Thank you to our first 200 loyalty customers!',
    network: 'facebook',
  },
  {
    fr: 'Ce que trois ans de boulangerie de quartier nous ont appris sur la vente locale.',
    en: 'What three years as a neighbourhood bakery taught us about local selling.',
    network: 'linkedin',
  },
  {
    fr: 'La fournée de 6 h en vidéo : croustillant garanti.',
    en: 'The 6 am batch on video: crunch guaranteed.',
    network: 'instagram',
  },
  {
    fr: 'Nous recrutons un ou une vendeuse le week-end.',
    en: 'We are hiring a weekend shop assistant.',
    network: 'linkedin',
  },
];

const scheduled: DemoPost[] = [
  {
    fr: 'Cette semaine : la brioche feuilletée revient !',
    en: 'This week: laminated brioche is back!',
    network: 'instagram',
  },
  {
    fr: 'Fermeture exceptionnelle mardi après-midi pour inventaire.',
    en: 'Closed on Tuesday afternoon for stocktaking.',
    network: 'facebook',
  },
  {
    fr: 'Circuit court : nos trois meuniers partenaires.',
    en: 'Short supply chain: our three partner millers.',
    network: 'linkedin',
  },
];

const drafts: DemoPost[] = [
  {
    fr: 'Idée de jeu concours pour la Saint-Valentin (à préciser)',
    en: 'Valentine’s giveaway idea (to refine)',
    network: 'instagram',
  },
  {
    fr: 'Témoignage de Mme Lefèvre, cliente depuis l’ouverture',
    en: 'A word from Mrs Lefèvre, a customer since day one',
    network: 'facebook',
  },
];

/**
 * Content's part of the demo story: posting slots from the targets, an idea notebook, posts
 * published over the last weeks with their links, the coming week scheduled, two drafts.
 * Written through the content services, except the past posts, which no service may date in the
 * past: those go through the repository.
 */
export function createDemoContentSeeder(dependencies: {
  ideasService: Pick<IdeasService, 'createIdea'>;
  postsService: Pick<PostsService, 'createPost'>;
  schedulePostService: Pick<SchedulePostService, 'schedulePost'>;
  postingSlotsService: Pick<PostingSlotsService, 'setPostingSlots'>;
  postsRepository: Pick<PostsRepository, 'update' | 'setPendingVersionsStatus' | 'markVersionPublished'>;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  return async function seedDemoContent(
    workspaceId: string,
    ownerId: string,
    locale: Locale,
    timeZone: string,
  ): Promise<void> {
    const now = dependencies.clock.now();
    const today = getLocalDate(now.toISOString(), timeZone);
    await dependencies.postingSlotsService.setPostingSlots(workspaceId, [
      ...proposePostingSlots('instagram', 3),
      ...proposePostingSlots('facebook', 2),
      ...proposePostingSlots('linkedin', 2),
    ]);
    for (const idea of ideas)
      await dependencies.ideasService.createIdea(workspaceId, ownerId, {
        text: idea[locale],
        link: null,
        pillarId: null,
        network: idea.network,
        tags: [],
        status: 'new',
      });
    const create = (post: DemoPost, status: 'draft' | 'ready') =>
      dependencies.postsService.createPost(workspaceId, ownerId, {
        text: post[locale],
        link: null,
        pillarId: null,
        personaId: null,
        mediaIds: [],
        ideaId: null,
        status,
        versions: [{ network: post.network, text: null, mediaIds: null, thread: [], accountIds: null }],
      });

    // Published over the last three weeks, at 10:00 on spread-out days.
    const thisWeek = zonedWeekStart(today, timeZone);
    for (const [index, post] of published.entries()) {
      const date = addDaysToDate(thisWeek, -21 + index * 4);
      if (date >= today) continue;
      const instant = new Date(resolveWallClock(date, '10:00', timeZone));
      const created = await create(post, 'ready');
      await dependencies.runInTransaction(async (tx) => {
        await dependencies.postsRepository.update(
          tx,
          workspaceId,
          created.id,
          { status: 'published', scheduledAt: instant },
          instant,
        );
        await dependencies.postsRepository.markVersionPublished(tx, workspaceId, created.id, post.network, {
          url: `https://www.${post.network}.com/demo-${index + 1}`,
          at: instant,
          userId: ownerId,
        });
      });
    }
    // The coming batch week, scheduled. On a Monday that week has begun: a slot whose hour has
    // passed (or is about to) moves to the next day, since nothing can be scheduled in the past.
    const weekStart = batchWeekStart(today);
    const soon = now.getTime() + 15 * 60_000;
    for (const [index, post] of scheduled.entries()) {
      const slot = addDaysToDate(weekStart, index * 2);
      const date =
        Date.parse(resolveWallClock(slot, '12:30', timeZone)) > soon ? slot : addDaysToDate(slot, 1);
      const created = await create(post, 'ready');
      await dependencies.schedulePostService.schedulePost(
        workspaceId,
        created.id,
        { date, time: '12:30' },
        ownerId,
      );
    }
    for (const post of drafts) await create(post, 'draft');
  };
}
