import type {
  ApiOutcomeBody,
  CreateCostBody,
  CreateOutcomeBody,
  MonthRangeQuery,
  NextHour,
  Outcome,
  PostRankings,
  RecordMetricsBody,
  ResultsQuery,
  ResultsView,
  UpdateCostBody,
} from '../../../contracts/results.js';
import {
  averageEngagementBy,
  engagementOf,
  engagementRatePercent,
  rankPosts,
} from '../../../core/results/engagement.js';
import { currentKpiPeriod, isMeasuredKpiMetric } from '../../../core/results/kpi-measure.js';
import { type NetworkYield, suggestNextHour } from '../../../core/results/next-hour.js';
import { buildResultsTable, unattributedKey } from '../../../core/results/results-table.js';
import { resultsThresholds } from '../../../core/results/results-thresholds.js';
import { utmAttribution } from '../../../core/results/utm.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import { dayBounds } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import { notFound, unprocessable } from '../../platform/problem.js';
import { findWorkspaceTime, todayIn } from '../tracking/workspace-time.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { ResultsRepository } from './results.repository.js';
import { resolveMonthWindow } from './results-window.js';

type UtmField = 'utmSource' | 'utmMedium' | 'utmCampaign' | 'utmContent';
/** An outcome to log: the UTM values are optional for callers that have none (the demo, imports). */
export type OutcomeToLog = Omit<CreateOutcomeBody, UtmField> & Partial<Pick<CreateOutcomeBody, UtmField>>;

/** The overview's suggestion looks back this many weeks. */
export const nextHourWeeks = 12;

export function createResultsService({
  resultsRepository,
  workspacesRepository,
  clock,
  readFollowerTotal,
}: {
  resultsRepository: ResultsRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  clock: Clock;
  /** The latest follower count of the workspace's connected accounts, added up (null: none read). */
  readFollowerTotal?: (workspaceId: string) => Promise<number | null>;
}) {
  async function windowOf(workspaceId: string, range: MonthRangeQuery) {
    const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
    const window = resolveMonthWindow(range, workspace.timeZone, todayIn(workspace.timeZone, clock.now()));
    return { workspace, window };
  }

  async function checkPost(workspaceId: string, postId: string | null) {
    if (!postId) return null;
    const post = await resultsRepository.findPost(workspaceId, postId);
    if (!post) throw unprocessable('post_unknown', {}, ['postId']);
    return post;
  }

  /** The outcome's post, network and campaign: what it says, else what its UTM values say. */
  async function attribute(workspaceId: string, body: OutcomeToLog) {
    const utm = utmAttribution({
      source: body.utmSource ?? null,
      campaign: body.utmCampaign ?? null,
      content: body.utmContent ?? null,
    });
    const postIdFromUtm =
      !body.postId && utm.postShortId
        ? await resultsRepository.findPostIdByShortId(workspaceId, utm.postShortId)
        : null;
    const post = await checkPost(workspaceId, body.postId ?? postIdFromUtm);
    const network =
      body.network ?? utm.network ?? (post?.networks.length === 1 ? (post.networks[0] ?? null) : null);
    return {
      kind: body.kind,
      occurredOn: body.occurredOn,
      amountCents: body.amountCents,
      note: body.note,
      postId: post ? (body.postId ?? postIdFromUtm) : null,
      network,
      campaign: body.campaign ?? utm.campaign,
      utmSource: body.utmSource ?? null,
      utmMedium: body.utmMedium ?? null,
      utmCampaign: body.utmCampaign ?? null,
      utmContent: body.utmContent ?? null,
    };
  }

  async function getPostMetrics(workspaceId: string, postId: string) {
    if (!(await resultsRepository.findPost(workspaceId, postId))) throw notFound();
    const rows = await resultsRepository.listSnapshotsOfPost(workspaceId, postId);
    return {
      snapshots: rows.map((row) => {
        const engagement = engagementOf(row);
        return {
          ...row,
          network: row.network as never,
          takenAt: row.takenAt.toISOString(),
          engagement,
          engagementRatePercent: engagementRatePercent(engagement, row.impressions),
        };
      }),
    };
  }

  return {
    async listOutcomes(workspaceId: string, range: MonthRangeQuery) {
      const { window } = await windowOf(workspaceId, range);
      return resultsRepository.listOutcomes(workspaceId, window);
    },

    /**
     * Logs a lead, a client won or revenue in the workspace's currency (by hand, from an import or
     * through the API: every way in comes here). Where the outcome came from is attributed from
     * what it says, then from its UTM values: a tracked link's `utm_content` names the post, its
     * `utm_source` the network and its `utm_campaign` the campaign; values that name nothing
     * Cadence knows are kept as sent and attribute nothing. An outcome from a post published on one
     * network only takes that network when none is given.
     */
    async logOutcome(
      workspaceId: string,
      userId: string | null,
      body: OutcomeToLog,
      source: 'manual' | 'import' | 'api' = 'manual',
    ) {
      const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
      return resultsRepository.insertOutcome(workspaceId, {
        ...(await attribute(workspaceId, body)),
        currency: workspace.currency,
        source,
        createdByUserId: userId,
      });
    },

    /**
     * An outcome sent through the API: its currency must be the workspace's (amounts are never
     * converted), and an external id already used in the workspace answers the first outcome.
     */
    async receiveOutcome(
      workspaceId: string,
      userId: string,
      { currency, externalId, ...body }: ApiOutcomeBody,
    ): Promise<{ outcome: Outcome; created: boolean }> {
      const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
      if (currency !== undefined && currency !== workspace.currency)
        throw unprocessable('currency_mismatch', { currency, expected: workspace.currency }, ['currency']);
      const values = {
        ...(await attribute(workspaceId, body)),
        currency: workspace.currency,
        source: 'api' as const,
        createdByUserId: userId,
      };
      if (externalId === null)
        return { outcome: await resultsRepository.insertOutcome(workspaceId, values), created: true };
      return resultsRepository.insertOutcomeOnce(workspaceId, { ...values, externalId });
    },

    async deleteOutcome(workspaceId: string, outcomeId: string) {
      if (!(await resultsRepository.deleteOutcome(workspaceId, outcomeId))) throw notFound();
    },

    async listCosts(workspaceId: string, range: MonthRangeQuery) {
      const { window } = await windowOf(workspaceId, range);
      return resultsRepository.listCosts(workspaceId, window);
    },

    async addCost(workspaceId: string, body: CreateCostBody) {
      const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
      return resultsRepository.insertCost(workspaceId, workspace.currency, body);
    },

    async updateCost(workspaceId: string, costId: string, body: UpdateCostBody) {
      const cost = await resultsRepository.updateCost(workspaceId, costId, body);
      if (!cost) throw notFound();
      return cost;
    },

    async deleteCost(workspaceId: string, costId: string) {
      if (!(await resultsRepository.deleteCost(workspaceId, costId))) throw notFound();
    },

    /** The ROI table for a range of months, by one dimension, per month or quarter. */
    async getResults(workspaceId: string, query: ResultsQuery): Promise<ResultsView> {
      const { workspace, window } = await windowOf(workspaceId, query);
      const [labour, costFacts, outcomeFacts, published] = await Promise.all([
        resultsRepository.sumMonthlyLabour(workspaceId, window),
        resultsRepository.listCostFacts(workspaceId, window),
        resultsRepository.listOutcomeFacts(workspaceId, window),
        resultsRepository.listPublishedFacts(workspaceId, window),
      ]);
      const inCurrency = <Fact extends { currency: string }>(facts: Fact[]) =>
        facts.filter((fact) => fact.currency === workspace.currency);
      const directCosts = inCurrency(costFacts);
      const outcomes = inCurrency(outcomeFacts);
      const rows = buildResultsTable(
        {
          labour: labour.map((fact) => ({ ...fact, seconds: Math.round(fact.seconds) })),
          directCosts,
          outcomes,
          posts: published.map((fact) => ({
            month: fact.month,
            network: fact.network,
            pillarId: fact.pillarId,
            engagement: engagementOf(fact),
          })),
        },
        { dimension: query.dimension, granularity: query.granularity, currency: workspace.currency },
      );
      return {
        currency: workspace.currency,
        from: window.from,
        to: window.to,
        dimension: query.dimension,
        granularity: query.granularity,
        rows,
        leftOutOtherCurrency: costFacts.length - directCosts.length + (outcomeFacts.length - outcomes.length),
        minutesWithoutCost: Math.round(
          labour.reduce((sum, fact) => sum + (fact.hourlyCostCents === null ? fact.seconds : 0), 0) / 60,
        ),
      };
    },

    /**
     * "Where the next hour should go": the last twelve weeks' tracked hours and outcomes per
     * network (time without a network and outcomes without one are left out: they say nothing
     * about a network).
     */
    async getNextHour(workspaceId: string): Promise<NextHour> {
      const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
      const today = todayIn(workspace.timeZone, clock.now());
      const fromDate = addDaysToDate(today, -7 * nextHourWeeks + 1);
      const toDateExclusive = addDaysToDate(today, 1);
      const window = {
        fromDate,
        toDateExclusive,
        startsAt: dayBounds(fromDate, workspace.timeZone).start,
        endsAt: dayBounds(toDateExclusive, workspace.timeZone).start,
        timeZone: workspace.timeZone,
      };
      const [labour, outcomeFacts] = await Promise.all([
        resultsRepository.sumLabour(workspaceId, window),
        resultsRepository.listOutcomeFacts(workspaceId, window),
      ]);
      const yields = new Map<string, NetworkYield>();
      const yieldOf = (network: string) => {
        let found = yields.get(network);
        if (!found) {
          found = { network, minutes: 0, leads: 0, clients: 0, revenueCents: 0 };
          yields.set(network, found);
        }
        return found;
      };
      const seconds = new Map<string, number>();
      for (const fact of labour) {
        if (fact.network) seconds.set(fact.network, (seconds.get(fact.network) ?? 0) + fact.seconds);
      }
      for (const [network, total] of seconds) yieldOf(network).minutes = Math.round(total / 60);
      for (const fact of outcomeFacts) {
        if (!fact.network || fact.network === unattributedKey || fact.currency !== workspace.currency)
          continue;
        const target = yieldOf(fact.network);
        if (fact.kind === 'lead') target.leads += 1;
        if (fact.kind === 'client') target.clients += 1;
        target.revenueCents += fact.cents;
      }
      const { rates, ...suggestion } = suggestNextHour([...yields.values()]);
      return {
        currency: workspace.currency,
        weeks: nextHourWeeks,
        suggestion:
          suggestion.kind === 'suggest'
            ? { kind: 'suggest', network: suggestion.network, comparedWith: suggestion.comparedWith }
            : { kind: 'too_little_data' },
        rates,
        thresholds: {
          minimumMinutes: resultsThresholds.minimumMinutes,
          minimumOutcomes: resultsThresholds.minimumOutcomes,
        },
      };
    },

    /** A snapshot typed by hand on a published version; earlier snapshots are kept as history. */
    async recordMetrics(
      workspaceId: string,
      userId: string,
      target: { postId: string; network: string },
      body: RecordMetricsBody,
    ) {
      const version = await resultsRepository.findVersion(workspaceId, target.postId, target.network);
      if (!version) throw notFound();
      if (version.status !== 'published' || !version.publishedAt)
        throw unprocessable('post_not_published', { network: target.network });
      const takenAt = body.takenAt ? new Date(body.takenAt) : clock.now();
      if (takenAt < version.publishedAt) throw unprocessable('metrics_before_publication', {}, ['takenAt']);
      await resultsRepository.insertSnapshot({
        workspaceId,
        postVersionId: version.id,
        takenAt,
        source: 'manual',
        impressions: body.impressions ?? null,
        reactions: body.reactions ?? null,
        comments: body.comments ?? null,
        shares: body.shares ?? null,
        quotes: body.quotes ?? null,
        clicks: body.clicks ?? null,
        saves: body.saves ?? null,
        createdByUserId: userId,
      });
      return getPostMetrics(workspaceId, target.postId);
    },

    getPostMetrics,

    /**
     * Best and worst posts of the period by engagement (the latest figures of each published
     * version), and average engagement per network, pillar, weekday and hour.
     */
    async getPostRankings(workspaceId: string, range: MonthRangeQuery): Promise<PostRankings> {
      const { window } = await windowOf(workspaceId, range);
      const facts = await resultsRepository.listPublishedFacts(workspaceId, window);
      const measured = facts.flatMap((fact) => {
        const engagement = engagementOf(fact);
        if (engagement === null) return [];
        return [
          {
            postId: fact.postId,
            postVersionId: fact.postVersionId,
            url: fact.url,
            network: fact.network as PostRankings['best'][number]['network'],
            text: fact.text.slice(0, 280),
            publishedAt: fact.publishedAt,
            engagement,
            impressions: fact.impressions,
            ratePercent: engagementRatePercent(engagement, fact.impressions),
            pillarId: fact.pillarId,
            weekday: fact.weekday,
            hour: fact.hour,
          },
        ];
      });
      const { best, worst, isThin } = rankPosts(measured);
      const strip = ({
        pillarId: _pillar,
        weekday: _weekday,
        hour: _hour,
        ...post
      }: (typeof measured)[number]) => post;
      return {
        measuredPosts: measured.length,
        minimumPosts: resultsThresholds.minimumPosts,
        isThin,
        best: best.map(strip),
        worst: worst.map(strip),
        byNetwork: averageEngagementBy(measured, (post) => post.network),
        byPillar: averageEngagementBy(measured, (post) => post.pillarId ?? unattributedKey),
        byWeekday: averageEngagementBy(measured, (post) => String(post.weekday)),
        byHour: averageEngagementBy(measured, (post) => String(post.hour)),
      };
    },

    /**
     * A KPI's actual value read from the outcomes of its current period (leads, clients won,
     * revenue in cents) or from the follower counts, or null for a metric results do not measure
     * (or have not measured yet: the typed value then stays).
     */
    async measureKpiActual(
      workspaceId: string,
      kpi: { metric: string; period: 'week' | 'month' | 'quarter' | 'year' },
      today: string,
    ): Promise<number | null> {
      if (!isMeasuredKpiMetric(kpi.metric)) return null;
      // A follower count is a level, read now, whatever the KPI's period.
      if (kpi.metric === 'followers') return readFollowerTotal ? readFollowerTotal(workspaceId) : null;
      const workspace = await findWorkspaceTime(workspacesRepository, workspaceId);
      const period = currentKpiPeriod(kpi.period, today);
      const sums = await resultsRepository.sumOutcomes(
        workspaceId,
        period.from,
        period.toExclusive,
        workspace.currency,
      );
      if (kpi.metric === 'leads') return sums.leads;
      if (kpi.metric === 'clients_won') return sums.clients;
      return Math.round(sums.revenueCents);
    },

    getSettings: (workspaceId: string) => resultsRepository.findSettings(workspaceId),
    saveSettings: (workspaceId: string, settings: { trackLinks: boolean }) =>
      resultsRepository.saveSettings(workspaceId, settings),
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
