import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenParamsSchema,
  apiTokenSchema,
  createApiTokenBodySchema,
  createdApiTokenSchema,
} from '../../../contracts/api-tokens.js';
import { emptyResponseSchema } from '../../../contracts/common.js';
import { apiOutcomeBodySchema, monthRangeQuerySchema, outcomeSchema } from '../../../contracts/results.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership, requireUser } from '../../platform/access.js';
import type { ResultsService } from '../results/results.service.js';
import type { ApiTokensService } from './api-tokens.service.js';

const security = [{ apiToken: [] }];

/** The person's tokens (session routes), and the outcomes API those tokens open (token routes). */
export const apiTokensRoutes: FastifyPluginAsyncZod<{
  apiTokensService: ApiTokensService;
  resultsService: ResultsService;
}> = async (app, { apiTokensService, resultsService }) => {
  const tags = ['me'];
  app.get('/api/me/api-tokens', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'My personal API tokens (not revoked)',
      response: { 200: z.array(apiTokenSchema) },
    },
    handler: (request) => apiTokensService.list(requireUser(request).id),
  });
  app.post('/api/me/api-tokens', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Create a token limited to some of my workspaces; the answer is the only time it is shown',
      body: createApiTokenBodySchema,
      response: { 201: createdApiTokenSchema },
    },
    async handler(request, reply) {
      return reply.status(201).send(await apiTokensService.create(requireUser(request).id, request.body));
    },
  });
  app.delete('/api/me/api-tokens/:tokenId', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Revoke a token',
      params: apiTokenParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      await apiTokensService.revoke(requireUser(request).id, request.params.tokenId);
      return reply.status(204).send(null);
    },
  });

  const apiTags = ['api'];
  const base = '/api/v1/workspaces/:workspaceId';
  app.get(`${base}/outcomes`, {
    config: { access: { apiToken: 'read' } },
    schema: {
      tags: apiTags,
      security,
      summary: 'The workspace’s outcomes of a range of months (the last twelve by default)',
      params: workspaceParamsSchema,
      querystring: monthRangeQuerySchema,
      response: { 200: z.array(outcomeSchema) },
    },
    handler: (request) => resultsService.listOutcomes(request.params.workspaceId, request.query),
  });
  app.post(`${base}/outcomes`, {
    config: { access: { apiToken: 'write' } },
    schema: {
      tags: apiTags,
      security,
      summary:
        'Send a lead, a client won or revenue; 201 when created, 200 with the first one when its externalId was already sent',
      params: workspaceParamsSchema,
      body: apiOutcomeBodySchema,
      response: { 200: outcomeSchema, 201: outcomeSchema },
    },
    async handler(request, reply) {
      const { workspaceId, userId } = requireMembership(request);
      const { outcome, created } = await resultsService.receiveOutcome(workspaceId, userId, request.body);
      return reply.status(created ? 201 : 200).send(outcome);
    },
  });
};
