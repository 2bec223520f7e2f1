import type { CadenceModule, Platform } from '../../platform/module.js';
import { demoRoutes } from './demo.routes.js';
import { createDemoService, type DemoService } from './demo.service.js';

type DemoNeeds = Omit<Parameters<typeof createDemoService>[0], 'runInTransaction' | 'clock'>;

/** The lived-in demo workspace: each feature adds its part of the story through its services. */
export function createDemoModule(
  { runInTransaction, clock }: Platform,
  needs: DemoNeeds,
): CadenceModule<{ demoService: DemoService }> {
  const demoService = createDemoService({ ...needs, runInTransaction, clock });
  return {
    services: { demoService },
    registerRoutes: (app) => app.register(demoRoutes, { demoService }),
  };
}
