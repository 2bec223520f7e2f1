import { sql } from 'drizzle-orm';
import type { CadenceModule, Platform } from '../../platform/module.js';
import type { InstanceJobsService } from '../instance/instance-jobs.service.js';
import { healthRoutes } from './health.routes.js';

export const version = '0.1.0';

/** Liveness: the database answers; and how the background work is doing. */
export function createHealthModule(
  { database }: Platform,
  { instanceJobsService }: { instanceJobsService: InstanceJobsService },
): CadenceModule<Record<string, never>> {
  return {
    services: {},
    registerRoutes: (app) =>
      app.register(healthRoutes, {
        database: database.kind,
        version,
        ping: async () => void (await database.db.execute(sql`select 1`)),
        instanceJobsService,
      }),
  };
}
