import type { CadenceModule, Platform } from '../../platform/module.js';
import { createPostingSlotsRepository } from '../content/posting-slots.repository.js';
import type { NotifyInput } from '../notifications/notifications.service.js';
import type { StrategyServices } from '../strategy/strategy.module.js';
import type { PlannedVsActualService } from '../tracking/planned-vs-actual.service.js';
import type { WorkspacesServices } from '../workspaces/workspaces.module.js';
import { createDigestWeekReader } from './digest-week.js';
import { createComingGapsCheck } from './notify-coming-gaps.js';
import { createRegularityRepository } from './regularity.repository.js';
import { regularityRoutes } from './regularity.routes.js';
import { createRegularityService } from './regularity.service.js';

/** Regularity: posting targets against what is published and planned, streaks, coming silences. */
export function createRegularityModule(
  { database, clock, settings }: Platform,
  needs: {
    workspaces: Pick<WorkspacesServices, 'workspacesRepository'>;
    strategy: Pick<StrategyServices, 'networksRepository'>;
    /** Tells a workspace's people (the notifications module's `notify`). */
    notify: (input: NotifyInput) => Promise<number>;
    /** Hours planned and tracked, for the Friday digest (the tracking module's). */
    plannedVsActualService: Pick<PlannedVsActualService, 'getWeek'>;
  },
) {
  const regularityRepository = createRegularityRepository(database.db);
  const services = {
    regularityRepository,
    regularityService: createRegularityService({
      regularityRepository,
      networksRepository: needs.strategy.networksRepository,
      workspacesRepository: needs.workspaces.workspacesRepository,
      clock,
    }),
  };
  const notifyComingGaps = createComingGapsCheck({ ...services, notify: needs.notify });
  const readDigestWeek = createDigestWeekReader({
    db: database.db,
    ...services,
    plannedVsActualService: needs.plannedVsActualService,
    postingSlotsRepository: createPostingSlotsRepository(database.db),
  });
  const module: CadenceModule<
    typeof services & { notifyComingGaps: () => Promise<number>; readDigestWeek: typeof readDigestWeek }
  > = {
    services: { ...services, notifyComingGaps, readDigestWeek },
    registerRoutes: (app) => app.register(regularityRoutes, services),
    jobHandlers: [
      {
        queue: 'regularity-check',
        handle: async () => {
          await notifyComingGaps();
        },
        // Each morning at 7:30 in the instance's zone, before the working day (CADENCE_REGULARITY_CHECK_CRON).
        schedule: { cron: settings.regularityCheckCron ?? '30 7 * * *', timeZone: settings.timeZone },
      },
    ],
  };
  return module;
}

export type RegularityServices = ReturnType<typeof createRegularityModule>['services'];
