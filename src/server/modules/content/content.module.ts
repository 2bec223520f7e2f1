import type { CadenceModule, Platform } from '../../platform/module.js';
import { createPersonasRepository } from '../strategy/personas.repository.js';
import type { StrategyServices } from '../strategy/strategy.module.js';
import { createStrategyRepository } from '../strategy/strategy.repository.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createBatchPlanService } from './batch-plan.service.js';
import { createCalendarPostsRepository } from './calendar-posts.repository.js';
import { createCalendarPostsService } from './calendar-posts.service.js';
import { type ContentReferenceDependencies, createContentReferences } from './content-references.js';
import { createContentSessionsRepository } from './content-sessions.repository.js';
import { contentSessionsRoutes } from './content-sessions.routes.js';
import { type ContentWorkTimer, createContentSessionsService } from './content-sessions.service.js';
import { createDueByHandJob, type DueByHandEvent } from './due-by-hand.job.js';
import { createIdeasRepository } from './ideas.repository.js';
import { ideasRoutes } from './ideas.routes.js';
import { createIdeasService } from './ideas.service.js';
import { importPostsRoutes } from './import-posts.routes.js';
import { createImportPostsService } from './import-posts.service.js';
import { createMediaRepository } from './media.repository.js';
import { mediaRoutes } from './media.routes.js';
import { createMediaService } from './media.service.js';
import { type ApprovalHooks, createPostApprovalService } from './post-approval.service.js';
import { createPostEffortsRepository } from './post-efforts.repository.js';
import { postEffortsRoutes } from './post-efforts.routes.js';
import { createPostEffortsService } from './post-efforts.service.js';
import { createPostEventsRepository } from './post-events.repository.js';
import { postReviewRoutes } from './post-review.routes.js';
import { createPostingSlotsRepository } from './posting-slots.repository.js';
import { postingSlotsRoutes } from './posting-slots.routes.js';
import { createPostingSlotsService } from './posting-slots.service.js';
import { createPostsRepository } from './posts.repository.js';
import { postsRoutes } from './posts.routes.js';
import { createPostsService } from './posts.service.js';
import { type PublicationPlanning, withoutPublishing } from './publication-planning.js';
import { rushIdeasRoutes } from './rush-ideas.routes.js';
import { createRushIdeasService } from './rush-ideas.service.js';
import { createSchedulePostService } from './schedule-post.service.js';
import type { TextLimitsLookup } from './schedule-rules.js';
import { createScheduleWriter } from './schedule-writer.js';
import { createDemoContentSeeder } from './seed-demo-content.js';

/**
 * Content: the idea notebook, posts with one version per network (threads, images), posting
 * slots, post imports,
 * the batch session, approval, effort (sessions' shares and entries linked by hand). `workTimer` times content work (tracking implements it);
 * `onApprovalRequested`/`onApprovalGiven` and `onDueByHand` tell the person (notifications and
 * mail, wired by the container); by default nothing beyond what the app shows.
 */
export function createContentModule(
  { database, runInTransaction, clock, jobs }: Platform,
  needs: {
    workspaces: Pick<WorkspacesServices, 'workspacesRepository'>;
    strategy: StrategyServices;
    workTimer: ContentWorkTimer;
    onDueByHand?: (event: DueByHandEvent) => Promise<void>;
    /** The connected accounts' limits per network (the connections module's); none by default. */
    textLimits?: TextLimitsLookup;
    /** The workspace's connected accounts (the connections module's): a version may name some. */
    listConnectedAccounts?: ContentReferenceDependencies['listConnectedAccounts'];
    /** Which accounts publish a network (publishing's rule), for the accounts a version names. */
    accountNetworkFor?: ContentReferenceDependencies['accountNetworkFor'];
    /** Scheduling writes the publications in its transaction (publishing module). */
    publicationPlanning?: PublicationPlanning;
  } & ApprovalHooks,
) {
  const { db } = database;
  const ideasRepository = createIdeasRepository(db);
  const postsRepository = createPostsRepository(db);
  const postingSlotsRepository = createPostingSlotsRepository(db);
  const postEventsRepository = createPostEventsRepository(db);
  const strategyRepository = createStrategyRepository(db);
  const references = createContentReferences({
    strategyRepository,
    personasRepository: createPersonasRepository(db),
    networksRepository: needs.strategy.networksRepository,
    ideasRepository,
    ...(needs.listConnectedAccounts ? { listConnectedAccounts: needs.listConnectedAccounts } : {}),
    ...(needs.accountNetworkFor ? { accountNetworkFor: needs.accountNetworkFor } : {}),
  });
  const publicationPlanning = needs.publicationPlanning ?? withoutPublishing;
  const textLimits: TextLimitsLookup = needs.textLimits ?? (async () => []);
  const shared = {
    workspacesRepository: needs.workspaces.workspacesRepository,
    runInTransaction,
    clock,
    publicationPlanning,
  };
  const scheduleWriter = createScheduleWriter({
    postsRepository,
    postEventsRepository,
    jobs,
    publicationPlanning,
  });
  const postsService = createPostsService({
    ...shared,
    postsRepository,
    ideasRepository,
    references,
    postEventsRepository,
    textLimits,
  });
  const schedulePostService = createSchedulePostService({
    ...shared,
    postsRepository,
    ideasRepository,
    postingSlotsRepository,
    postsService,
    postEventsRepository,
    scheduleWriter,
    jobs,
    textLimits,
  });
  const postApprovalService = createPostApprovalService({
    ...shared,
    postsRepository,
    postEventsRepository,
    postsService,
    scheduleWriter,
    jobs,
    ...(needs.onApprovalRequested ? { onApprovalRequested: needs.onApprovalRequested } : {}),
    ...(needs.onApprovalGiven ? { onApprovalGiven: needs.onApprovalGiven } : {}),
  });
  const ideasService = createIdeasService({ ideasRepository, references, clock });
  const postingSlotsService = createPostingSlotsService({ ...shared, postingSlotsRepository, references });
  const services = {
    ideasService,
    postsService,
    calendarPostsService: createCalendarPostsService({
      ...shared,
      calendarPostsRepository: createCalendarPostsRepository(db),
    }),
    schedulePostService,
    postApprovalService,
    postingSlotsService,
    importPostsService: createImportPostsService({
      ...shared,
      postsRepository,
      references,
      scheduleWriter,
      postEventsRepository,
      jobs,
    }),
    rushIdeasService: createRushIdeasService({
      ...shared,
      postsRepository,
      ideasRepository,
      postingSlotsRepository,
      strategyRepository,
      references,
      postsService,
    }),
    batchPlanService: createBatchPlanService({
      ...shared,
      postsRepository,
      postingSlotsRepository,
      references,
    }),
    contentSessionsService: createContentSessionsService({
      ...shared,
      contentSessionsRepository: createContentSessionsRepository(db),
      postsService,
      schedulePostService,
      postApprovalService,
      workTimer: needs.workTimer,
    }),
    postEffortsService: createPostEffortsService({
      postEffortsRepository: createPostEffortsRepository(db),
      runInTransaction,
      clock,
    }),
    mediaService: createMediaService({
      mediaRepository: createMediaRepository(db),
      postsRepository,
      runInTransaction,
    }),
    // Content's part of the demo workspace's story.
    seedDemoContent: createDemoContentSeeder({
      ideasService,
      postsService,
      schedulePostService,
      postingSlotsService,
      postsRepository,
      runInTransaction,
      clock,
    }),
  };
  const module: CadenceModule<typeof services> = {
    services,
    async registerRoutes(app) {
      await app.register(ideasRoutes, services);
      await app.register(postsRoutes, services);
      await app.register(postReviewRoutes, services);
      await app.register(contentSessionsRoutes, services);
      await app.register(postingSlotsRoutes, services);
      await app.register(importPostsRoutes, services);
      await app.register(rushIdeasRoutes, services);
      await app.register(mediaRoutes, services);
      await app.register(postEffortsRoutes, services);
    },
    jobHandlers: [
      createDueByHandJob({
        postsRepository,
        clock,
        // By default the reminder is what the app already shows (overview, posts page).
        onDueByHand: needs.onDueByHand ?? (async () => undefined),
      }),
    ],
  };
  return module;
}

export type ContentServices = ReturnType<typeof createContentModule>['services'];
