import type { CadenceModule, Platform } from '../../platform/module.js';
import { portabilityRoutes } from './portability.routes.js';

/** Workspace export and import: an agency hands a client its workspace; a freelancer leaves with theirs. */
export function createPortabilityModule({
  database,
  runInTransaction,
  clock,
}: Platform): CadenceModule<object> {
  return {
    services: {},
    registerRoutes: (app) => app.register(portabilityRoutes, { db: database.db, runInTransaction, clock }),
  };
}
