import type { NetworkKey } from '../../../contracts/networks.js';
import type { PostRankings, ResultsRow } from '../../../contracts/results.js';
import { computeNetworkRegularity } from '../../../core/regularity/index.js';
import { addMonths } from '../../../core/results/months.js';
import { assembleMonthlyReport, type MonthlyReport } from '../../../core/review/monthly-report.js';
import { addDaysToDate, getLocalDate, weekBounds, zonedWeekStart } from '../../../core/time/index.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { RegularityRepository } from '../regularity/regularity.repository.js';
import type { ResultsRepository } from '../results/results.repository.js';
import type { ResultsService } from '../results/results.service.js';
import { resolveMonthWindow } from '../results/results-window.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import type { ReviewRepository } from './review.repository.js';

export type ClientReport = MonthlyReport & {
  workspaceName: string;
  timeZone: string;
  currency: string;
  categories: { id: string; referenceKey: string | null; name: string | null }[];
  /** The month's ROI line (labour + direct costs against outcomes), and the same per network. */
  results: { total: ResultsRow | null; byNetwork: ResultsRow[]; leftOutOtherCurrency: number };
  bestPosts: PostRankings['best'];
  isComplete: boolean;
};

/**
 * An agency's monthly report on one client workspace: hours, posts against targets, the weeks
 * each network kept its target, and the results (cost, outcomes, ROI) from the results module's
 * own ROI table, so the report never says other figures than the Results page.
 */
export function createClientReportService(deps: {
  reviewRepository: ReviewRepository;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
  networksRepository: Pick<NetworksRepository, 'listNetworks'>;
  regularityRepository: Pick<RegularityRepository, 'listPosts'>;
  resultsRepository: Pick<ResultsRepository, 'sumMonthlyLabour' | 'listPublishedFacts'>;
  resultsService: Pick<ResultsService, 'getResults' | 'getPostRankings'>;
  clock: Clock;
}) {
  return {
    /** The month asked, or the last complete one. */
    async getReport(workspaceId: string, query: { month?: string | undefined }): Promise<ClientReport> {
      const workspace = await deps.reviewRepository.findWorkspace(workspaceId);
      if (!workspace) throw notFound();
      const zone = workspace.timeZone;
      const now = deps.clock.now();
      const today = getLocalDate(now.toISOString(), zone);
      const month = query.month ?? addMonths(today.slice(0, 7), -1);
      const window = resolveMonthWindow({ from: month, to: month }, zone, today);
      const firstWeek = zonedWeekStart(window.fromDate, zone);
      const judgedAt = new Date(Math.min(now.getTime(), Date.parse(window.endsAt) - 1000)).toISOString();
      const range = { from: month, to: month, granularity: 'month' as const };
      const [categories, networks, posts, labour, published, total, byNetwork, rankings] = await Promise.all([
        deps.categoriesRepository.list(workspaceId, { includeArchived: true }),
        deps.networksRepository.listNetworks(workspaceId),
        deps.regularityRepository.listPosts(workspaceId, {
          from: new Date(weekBounds(addDaysToDate(firstWeek, -7 * 4), zone).start),
          to: new Date(window.endsAt),
        }),
        deps.resultsRepository.sumMonthlyLabour(workspaceId, window),
        deps.resultsRepository.listPublishedFacts(workspaceId, window),
        deps.resultsService.getResults(workspaceId, { ...range, dimension: 'workspace' }),
        deps.resultsService.getResults(workspaceId, { ...range, dimension: 'network' }),
        deps.resultsService.getPostRankings(workspaceId, { from: month, to: month }),
      ]);
      const lines = computeNetworkRegularity({
        now: judgedAt,
        zone,
        targets: networks.map((row) => ({
          network: row.network as NetworkKey,
          targetPostsPerWeek: row.targetPostsPerWeek,
        })),
        posts,
        historyWeeks: 6,
      });
      const trackedSeconds = new Map<string, number>();
      for (const fact of labour)
        trackedSeconds.set(fact.categoryId, (trackedSeconds.get(fact.categoryId) ?? 0) + fact.seconds);
      const publishedPerNetwork = new Map<string, number>();
      for (const fact of published)
        publishedPerNetwork.set(fact.network, (publishedPerNetwork.get(fact.network) ?? 0) + 1);
      const report = assembleMonthlyReport({
        month,
        categories: categories.map((category) => ({
          categoryId: category.id,
          weeklyBudgetMinutes: category.isArchived ? 0 : category.weeklyMinutes,
          trackedSeconds: trackedSeconds.get(category.id) ?? 0,
        })),
        networks: lines.map((line) => ({
          network: line.network,
          target: line.target,
          published: publishedPerNetwork.get(line.network) ?? 0,
          // Only weeks already over are judged.
          weeks: line.history.filter(
            (week) => Date.parse(weekBounds(week.weekStart, zone).end) <= now.getTime(),
          ),
        })),
      });
      return {
        ...report,
        workspaceName: workspace.name,
        timeZone: zone,
        currency: workspace.currency,
        categories: categories.map(({ id, referenceKey, name }) => ({ id, referenceKey, name })),
        results: {
          total: total.rows.find((row) => row.period === null) ?? null,
          byNetwork: byNetwork.rows.filter((row) => row.period === null),
          leftOutOtherCurrency: total.leftOutOtherCurrency,
        },
        bestPosts: rankings.best,
        isComplete: Date.parse(window.endsAt) <= now.getTime(),
      };
    },
  };
}

export type ClientReportService = ReturnType<typeof createClientReportService>;
