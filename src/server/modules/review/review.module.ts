import type { CadenceModule, Platform } from '../../platform/module.js';
import type { BudgetServices } from '../budget/budget.module.js';
import type { ReportBranding } from '../instance/organisation-profile.service.js';
import type { RegularityServices } from '../regularity/regularity.module.js';
import type { ResultsServices } from '../results/results.module.js';
import type { StrategyServices } from '../strategy/strategy.module.js';
import type { PlannedVsActualService } from '../tracking/planned-vs-actual.service.js';
import { createClientReportService } from './client-report.service.js';
import { createReviewRepository } from './review.repository.js';
import { reviewRoutes } from './review.routes.js';
import { createWeeklyReviewService } from './weekly-review.service.js';

/**
 * The Friday review of a week and the agency's monthly client report: no facts of their own
 * (the week's notes aside), they read tracking, regularity and results through those modules.
 */
export function createReviewModule(
  { database, clock }: Platform,
  needs: {
    budget: Pick<BudgetServices, 'categoriesRepository'>;
    strategy: Pick<StrategyServices, 'networksRepository'>;
    regularity: Pick<RegularityServices, 'regularityRepository'>;
    results: Pick<ResultsServices, 'resultsRepository' | 'resultsService'>;
    plannedVsActualService: Pick<PlannedVsActualService, 'getWeek'>;
    /** The instance's organisation, printed at the head of the PDFs (null: unbranded). */
    readBranding: () => Promise<ReportBranding | null>;
  },
) {
  const reviewRepository = createReviewRepository(database.db);
  const shared = {
    reviewRepository,
    categoriesRepository: needs.budget.categoriesRepository,
    networksRepository: needs.strategy.networksRepository,
    regularityRepository: needs.regularity.regularityRepository,
    resultsRepository: needs.results.resultsRepository,
    clock,
  };
  const services = {
    reviewRepository,
    weeklyReviewService: createWeeklyReviewService({
      ...shared,
      plannedVsActualService: needs.plannedVsActualService,
    }),
    clientReportService: createClientReportService({
      ...shared,
      resultsService: needs.results.resultsService,
    }),
  };
  const module: CadenceModule<typeof services> = {
    services,
    registerRoutes: (app) =>
      app.register(reviewRoutes, { ...services, readBranding: needs.readBranding, clock }),
  };
  return module;
}
