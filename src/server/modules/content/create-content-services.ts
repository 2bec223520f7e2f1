import type { FastifyPluginAsync } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import { createPersonasRepository } from '../strategy/personas.repository.js';
import { createStrategyRepository } from '../strategy/strategy.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { createContentReferences } from './content-references.js';
import { createIdeasRepository } from './ideas.repository.js';
import { ideasRoutes } from './ideas.routes.js';
import { createIdeasService } from './ideas.service.js';
import { importPostsRoutes } from './import-posts.routes.js';
import { createImportPostsService } from './import-posts.service.js';
import { createPostingSlotsRepository } from './posting-slots.repository.js';
import { postingSlotsRoutes } from './posting-slots.routes.js';
import { createPostingSlotsService } from './posting-slots.service.js';
import { createPostsRepository } from './posts.repository.js';
import { postsRoutes } from './posts.routes.js';
import { createPostsService } from './posts.service.js';
import { createSchedulePostService } from './schedule-post.service.js';

/**
 * The content module's own wiring (ideas, posts, posting slots), called by app.ts with what it
 * shares with other modules.
 */
export function createContentServices({
  db,
  networksRepository,
  workspacesRepository,
  runInTransaction,
  clock,
}: {
  db: Queryable;
  networksRepository: NetworksRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  const ideasRepository = createIdeasRepository(db);
  const postsRepository = createPostsRepository(db);
  const postingSlotsRepository = createPostingSlotsRepository(db);
  const references = createContentReferences({
    strategyRepository: createStrategyRepository(db),
    personasRepository: createPersonasRepository(db),
    networksRepository,
    ideasRepository,
  });
  const shared = { workspacesRepository, runInTransaction, clock };
  const postsService = createPostsService({ ...shared, postsRepository, ideasRepository, references });
  return {
    ideasService: createIdeasService({ ideasRepository, references, clock }),
    postsService,
    schedulePostService: createSchedulePostService({
      ...shared,
      postsRepository,
      ideasRepository,
      postingSlotsRepository,
      postsService,
    }),
    postingSlotsService: createPostingSlotsService({ ...shared, postingSlotsRepository, references }),
    importPostsService: createImportPostsService({ ...shared, postsRepository, references }),
  };
}

export type ContentServices = ReturnType<typeof createContentServices>;

/** Every content route, registered with one call. */
export const contentRoutes: FastifyPluginAsync<ContentServices> = async (app, services) => {
  await app.register(ideasRoutes, services);
  await app.register(postsRoutes, services);
  await app.register(postingSlotsRoutes, services);
  await app.register(importPostsRoutes, services);
};
