import type { NetworkKey } from '../../../contracts/networks.js';
import type { WeeklyReviewView } from '../../../contracts/review.js';
import { computeNetworkRegularity } from '../../../core/regularity/index.js';
import { engagementOf, engagementRatePercent } from '../../../core/results/engagement.js';
import { assembleWeeklyReview } from '../../../core/review/weekly-review.js';
import { addDaysToDate, getLocalDate, weekBounds, zonedWeekStart } from '../../../core/time/index.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { RegularityRepository } from '../regularity/regularity.repository.js';
import type { ResultsRepository } from '../results/results.repository.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import type { PlannedVsActualService } from '../tracking/planned-vs-actual.service.js';
import type { ReviewRepository } from './review.repository.js';

/** Weeks of posts read before the reviewed one: streaks, and the cover of a post before the week. */
const historyWeeksRead = 12;

export type WeeklyReviewDependencies = {
  reviewRepository: ReviewRepository;
  plannedVsActualService: Pick<PlannedVsActualService, 'getWeek'>;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
  networksRepository: Pick<NetworksRepository, 'listNetworks'>;
  regularityRepository: Pick<RegularityRepository, 'listPosts'>;
  resultsRepository: Pick<ResultsRepository, 'listPublishedFacts' | 'listOutcomes'>;
  clock: Clock;
};

/**
 * The Friday review: reads each module's facts for one local week (tracking's planned vs.
 * actual, regularity's posts, results' figures and outcomes) and lets src/core/review say what
 * they mean. A week in progress is judged up to today; regularity is judged as it stood at the
 * week's end, so an old week's streak is the streak it had then.
 */
export function createWeeklyReviewService(deps: WeeklyReviewDependencies) {
  return {
    /** The Monday of the workspace's local week holding `date`. */
    async getWeekStart(workspaceId: string, date: string): Promise<string> {
      const workspace = await deps.reviewRepository.findWorkspace(workspaceId);
      if (!workspace) throw notFound();
      return zonedWeekStart(date, workspace.timeZone);
    },

    async getReview(workspaceId: string, query: { week?: string | undefined }): Promise<WeeklyReviewView> {
      const workspace = await deps.reviewRepository.findWorkspace(workspaceId);
      if (!workspace) throw notFound();
      const zone = workspace.timeZone;
      const nowDate = deps.clock.now();
      const today = getLocalDate(nowDate.toISOString(), zone);
      const weekStart = zonedWeekStart(query.week ?? today, zone);
      const week = weekBounds(weekStart, zone);
      // Regularity as it stood at the end of the week (or now, for the week in progress).
      const judgedAt = new Date(Math.min(nowDate.getTime(), Date.parse(week.end) - 1000)).toISOString();
      const window = {
        fromDate: weekStart,
        toDateExclusive: addDaysToDate(weekStart, 7),
        startsAt: week.start,
        endsAt: week.end,
        timeZone: zone,
      };
      const [pva, categories, networks, posts, published, outcomes, notes] = await Promise.all([
        deps.plannedVsActualService.getWeek(workspaceId, { weekStart }),
        deps.categoriesRepository.list(workspaceId, { includeArchived: true }),
        deps.networksRepository.listNetworks(workspaceId),
        deps.regularityRepository.listPosts(workspaceId, {
          from: new Date(weekBounds(addDaysToDate(weekStart, -7 * historyWeeksRead), zone).start),
          to: new Date(week.end),
        }),
        deps.resultsRepository.listPublishedFacts(workspaceId, window),
        deps.resultsRepository.listOutcomes(workspaceId, window),
        deps.reviewRepository.findNotes(workspaceId, weekStart),
      ]);
      const lines = computeNetworkRegularity({
        now: judgedAt,
        zone,
        targets: networks.map((row) => ({
          network: row.network as NetworkKey,
          targetPostsPerWeek: row.targetPostsPerWeek,
        })),
        posts,
      });
      const publishedDays: Partial<Record<NetworkKey, string[]>> = {};
      for (const post of posts.filter((candidate) => candidate.isPublished)) {
        const days = publishedDays[post.network] ?? [];
        days.push(getLocalDate(post.at, zone));
        publishedDays[post.network] = days;
      }
      const review = assembleWeeklyReview({
        weekStart,
        today,
        currency: workspace.currency,
        hours: {
          rows: pva.rows.map((row) => ({
            categoryId: row.categoryId,
            budgetMinutes: row.budgetMinutes,
            routineMinutes: row.routineMinutes,
            trackedMinutes: row.trackedMinutes,
          })),
          trackedCostCents: pva.totals.trackedCostCents,
          adherence: { planned: pva.adherence.planned, done: pva.adherence.done },
        },
        networks: lines.map((line) => ({
          network: line.network,
          target: line.target,
          published: line.thisWeek.published,
          onTarget: line.history.at(-1)?.onTarget ?? false,
          streakWeeks: line.streakWeeks,
          allowedGapDays: line.allowedGapDays,
        })),
        publishedDays,
        posts: published.map((fact) => {
          const engagement = engagementOf(fact);
          return {
            postId: fact.postId,
            network: fact.network as NetworkKey,
            text: fact.text.slice(0, 280),
            publishedAt: fact.publishedAt,
            engagement,
            impressions: fact.impressions,
            ratePercent: engagementRatePercent(engagement, fact.impressions),
          };
        }),
        outcomes: outcomes.map((outcome) => ({
          kind: outcome.kind,
          amountCents: outcome.amountCents,
          currency: outcome.currency,
        })),
      });
      const currentWeekStart = zonedWeekStart(today, zone);
      const nextWeekStart = addDaysToDate(weekStart, 7);
      return {
        ...review,
        workspaceName: workspace.name,
        timeZone: zone,
        previousWeekStart: addDaysToDate(weekStart, -7),
        nextWeekStart: nextWeekStart > currentWeekStart ? null : nextWeekStart,
        categories: categories.map(({ id, referenceKey, name, color }) => ({
          id,
          referenceKey,
          name,
          color,
        })),
        notes,
      };
    },
  };
}

export type WeeklyReviewService = ReturnType<typeof createWeeklyReviewService>;
