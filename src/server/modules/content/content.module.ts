import type { CadenceModule, Platform } from '../../platform/module.js';
import { createPersonasRepository } from '../strategy/personas.repository.js';
import type { StrategyServices } from '../strategy/strategy.module.js';
import { createStrategyRepository } from '../strategy/strategy.repository.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createContentReferences } from './content-references.js';
import { createIdeasRepository } from './ideas.repository.js';
import { ideasRoutes } from './ideas.routes.js';
import { createIdeasService } from './ideas.service.js';
import { importPostsRoutes } from './import-posts.routes.js';
import { createImportPostsService } from './import-posts.service.js';
import { createMediaRepository } from './media.repository.js';
import { mediaRoutes } from './media.routes.js';
import { createMediaService } from './media.service.js';
import { createPostingSlotsRepository } from './posting-slots.repository.js';
import { postingSlotsRoutes } from './posting-slots.routes.js';
import { createPostingSlotsService } from './posting-slots.service.js';
import { createPostsRepository } from './posts.repository.js';
import { postsRoutes } from './posts.routes.js';
import { createPostsService } from './posts.service.js';
import { type PublicationPlanning, withoutPublishing } from './publication-planning.js';
import { createSchedulePostService } from './schedule-post.service.js';
import type { TextLimitsLookup } from './schedule-rules.js';

/**
 * Content: the idea notebook, posts with one version per network (threads, images), posting
 * slots, post imports.
 */
export function createContentModule(
  { database, runInTransaction, clock }: Platform,
  needs: {
    workspaces: Pick<WorkspacesServices, 'workspacesRepository'>;
    strategy: StrategyServices;
    /** The connected accounts' limits per network (the connections module's); none by default. */
    textLimits?: TextLimitsLookup;
    /** Scheduling writes the publications in its transaction (publishing module). */
    publicationPlanning?: PublicationPlanning;
  },
) {
  const { db } = database;
  const ideasRepository = createIdeasRepository(db);
  const postsRepository = createPostsRepository(db);
  const postingSlotsRepository = createPostingSlotsRepository(db);
  const references = createContentReferences({
    strategyRepository: createStrategyRepository(db),
    personasRepository: createPersonasRepository(db),
    networksRepository: needs.strategy.networksRepository,
    ideasRepository,
  });
  const shared = {
    workspacesRepository: needs.workspaces.workspacesRepository,
    runInTransaction,
    clock,
    publicationPlanning: needs.publicationPlanning ?? withoutPublishing,
  };
  const textLimits: TextLimitsLookup = needs.textLimits ?? (async () => []);
  const postsService = createPostsService({
    ...shared,
    postsRepository,
    ideasRepository,
    references,
    textLimits,
  });
  const services = {
    ideasService: createIdeasService({ ideasRepository, references, clock }),
    postsService,
    schedulePostService: createSchedulePostService({
      ...shared,
      postsRepository,
      ideasRepository,
      postingSlotsRepository,
      postsService,
      textLimits,
    }),
    postingSlotsService: createPostingSlotsService({ ...shared, postingSlotsRepository, references }),
    importPostsService: createImportPostsService({ ...shared, postsRepository, references }),
    mediaService: createMediaService({
      mediaRepository: createMediaRepository(db),
      postsRepository,
      runInTransaction,
    }),
  };
  const module: CadenceModule<typeof services> = {
    services,
    async registerRoutes(app) {
      await app.register(ideasRoutes, services);
      await app.register(postsRoutes, services);
      await app.register(postingSlotsRoutes, services);
      await app.register(importPostsRoutes, services);
      await app.register(mediaRoutes, services);
    },
  };
  return module;
}

export type ContentServices = ReturnType<typeof createContentModule>['services'];
