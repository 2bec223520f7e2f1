import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import { postParamsSchema, postVersionParamsSchema } from '../../../contracts/content.js';
import {
  costParamsSchema,
  costSchema,
  createCostBodySchema,
  createOutcomeBodySchema,
  monthRangeQuerySchema,
  nextHourSchema,
  outcomeParamsSchema,
  outcomeSchema,
  postMetricsSchema,
  postRankingsSchema,
  recordMetricsBodySchema,
  resultsExportQuerySchema,
  resultsQuerySchema,
  resultsSettingsSchema,
  resultsViewSchema,
  updateCostBodySchema,
  updateResultsSettingsBodySchema,
} from '../../../contracts/results.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { ResultsService } from './results.service.js';
import { exportResultsCsv } from './results-export.js';

const tags = ['results'];
const read = { access: { workspace: 'read' as const } };
const write = { access: { workspace: 'write' as const } };
const manage = { access: { workspace: 'manage' as const } };
const base = '/api/workspaces/:workspaceId';

export const resultsRoutes: FastifyPluginAsyncZod<{ resultsService: ResultsService }> = async (
  app,
  { resultsService },
) => {
  app.get(`${base}/outcomes`, {
    config: read,
    schema: {
      tags,
      summary: 'Leads, clients won and revenue of a range of months (the last twelve by default)',
      params: workspaceParamsSchema,
      querystring: monthRangeQuerySchema,
      response: { 200: z.array(outcomeSchema) },
    },
    handler: (request) => resultsService.listOutcomes(request.params.workspaceId, request.query),
  });
  app.post(`${base}/outcomes`, {
    config: write,
    schema: {
      tags,
      summary: 'Log a lead, a client won or revenue, in the workspace’s currency',
      params: workspaceParamsSchema,
      body: createOutcomeBodySchema,
      response: { 201: outcomeSchema },
    },
    async handler(request, reply) {
      const { userId } = requireMembership(request);
      const outcome = await resultsService.logOutcome(request.params.workspaceId, userId, request.body);
      return reply.status(201).send(outcome);
    },
  });
  app.delete(`${base}/outcomes/:outcomeId`, {
    config: write,
    schema: { tags, params: outcomeParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await resultsService.deleteOutcome(request.params.workspaceId, request.params.outcomeId);
      return reply.status(204).send(null);
    },
  });

  app.get(`${base}/costs`, {
    config: read,
    schema: {
      tags,
      summary: 'Tools, advertising, agency and freelance costs per month',
      params: workspaceParamsSchema,
      querystring: monthRangeQuerySchema,
      response: { 200: z.array(costSchema) },
    },
    handler: (request) => resultsService.listCosts(request.params.workspaceId, request.query),
  });
  app.post(`${base}/costs`, {
    config: manage,
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: createCostBodySchema,
      response: { 201: costSchema },
    },
    async handler(request, reply) {
      return reply.status(201).send(await resultsService.addCost(request.params.workspaceId, request.body));
    },
  });
  app.patch(`${base}/costs/:costId`, {
    config: manage,
    schema: { tags, params: costParamsSchema, body: updateCostBodySchema, response: { 200: costSchema } },
    handler: (request) =>
      resultsService.updateCost(request.params.workspaceId, request.params.costId, request.body),
  });
  app.delete(`${base}/costs/:costId`, {
    config: manage,
    schema: { tags, params: costParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await resultsService.deleteCost(request.params.workspaceId, request.params.costId);
      return reply.status(204).send(null);
    },
  });

  app.get(`${base}/results`, {
    config: read,
    schema: {
      tags,
      summary: 'Cost, leads, clients, revenue and ROI per workspace, network, task category or pillar',
      params: workspaceParamsSchema,
      querystring: resultsQuerySchema,
      response: { 200: resultsViewSchema },
    },
    handler: (request) => resultsService.getResults(request.params.workspaceId, request.query),
  });
  app.get(`${base}/results/export.csv`, {
    config: read,
    schema: {
      tags,
      summary: 'The ROI table as CSV (formula-safe), in the interface’s language',
      params: workspaceParamsSchema,
      querystring: resultsExportQuerySchema,
      response: { 200: z.string().describe('text/csv') },
    },
    async handler(request, reply) {
      const view = await resultsService.getResults(request.params.workspaceId, request.query);
      const csv = exportResultsCsv(view, request.query.locale);
      const name = request.query.locale === 'fr' ? 'cadence-resultats' : 'cadence-results';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}-${view.from}-${view.to}.csv"`)
        .send(csv);
    },
  });
  app.get(`${base}/results/next-hour`, {
    config: read,
    schema: {
      tags,
      summary: 'Where the next hour should go: results per tracked hour and network over 12 weeks',
      params: workspaceParamsSchema,
      response: { 200: nextHourSchema },
    },
    handler: (request) => resultsService.getNextHour(request.params.workspaceId),
  });
  app.get(`${base}/results/posts`, {
    config: read,
    schema: {
      tags,
      summary: 'Best and worst posts by engagement, and engagement per network, pillar, weekday and hour',
      params: workspaceParamsSchema,
      querystring: monthRangeQuerySchema,
      response: { 200: postRankingsSchema },
    },
    handler: (request) => resultsService.getPostRankings(request.params.workspaceId, request.query),
  });
  app.get(`${base}/results/settings`, {
    config: read,
    schema: { tags, params: workspaceParamsSchema, response: { 200: resultsSettingsSchema } },
    handler: (request) => resultsService.getSettings(request.params.workspaceId),
  });
  app.put(`${base}/results/settings`, {
    config: manage,
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: updateResultsSettingsBodySchema,
      response: { 200: resultsSettingsSchema },
    },
    handler: (request) => resultsService.saveSettings(request.params.workspaceId, request.body),
  });

  app.get(`${base}/posts/:postId/metrics`, {
    config: read,
    schema: {
      tags,
      summary: 'Figures of a post’s published versions: the latest per network, then their history',
      params: postParamsSchema,
      response: { 200: postMetricsSchema },
    },
    handler: (request) => resultsService.getPostMetrics(request.params.workspaceId, request.params.postId),
  });
  app.post(`${base}/posts/:postId/versions/:network/metrics`, {
    config: write,
    schema: {
      tags,
      summary: 'Record a version’s figures by hand (kept beside earlier ones, never overwriting them)',
      params: postVersionParamsSchema,
      body: recordMetricsBodySchema,
      response: { 201: postMetricsSchema },
    },
    async handler(request, reply) {
      const { userId } = requireMembership(request);
      const { workspaceId, postId, network } = request.params;
      const metrics = await resultsService.recordMetrics(
        workspaceId,
        userId,
        { postId, network },
        request.body,
      );
      return reply.status(201).send(metrics);
    },
  });
};
