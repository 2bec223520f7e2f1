import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  batchPlanQuerySchema,
  batchPlanSchema,
  batchPostBodySchema,
  batchPostResultSchema,
  contentSessionParamsSchema,
  contentSessionSchema,
  currentContentSessionSchema,
  startContentSessionBodySchema,
} from '../../../contracts/content-work.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { BatchPlanService } from './batch-plan.service.js';
import type { ContentSessionsService } from './content-sessions.service.js';

const tags = ['content'];
const read = { access: { workspace: 'read' as const } };
const write = { access: { workspace: 'write' as const } };

const actorOf = (request: Parameters<typeof requireMembership>[0]) => {
  const { workspaceId, userId } = requireMembership(request);
  return { workspaceId, userId };
};

/** The batch session: the week to fill, the timed session and its fast composer. */
export const contentSessionsRoutes: FastifyPluginAsyncZod<{
  batchPlanService: BatchPlanService;
  contentSessionsService: ContentSessionsService;
}> = async (app, { batchPlanService, contentSessionsService }) => {
  app.get('/api/workspaces/:workspaceId/batch-plan', {
    config: read,
    schema: {
      tags,
      summary: 'The week a batch session fills (the coming Monday’s by default): targets and empty slots',
      params: workspaceParamsSchema,
      querystring: batchPlanQuerySchema,
      response: { 200: batchPlanSchema },
    },
    handler: (request) => batchPlanService.getBatchPlan(request.params.workspaceId, request.query.weekStart),
  });
  app.get('/api/workspaces/:workspaceId/content-sessions/current', {
    config: write,
    schema: {
      tags,
      summary: 'The caller’s open work session on content, if any',
      params: workspaceParamsSchema,
      response: { 200: currentContentSessionSchema },
    },
    handler: async (request) => ({ session: await contentSessionsService.current(actorOf(request)) }),
  });
  app.post('/api/workspaces/:workspaceId/content-sessions', {
    config: write,
    schema: {
      tags,
      summary: 'Start a batch session, or a timer on one post (`postId`): the timer starts with it',
      params: workspaceParamsSchema,
      body: startContentSessionBodySchema,
      response: { 201: contentSessionSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await contentSessionsService.start(actorOf(request), request.body.postId));
    },
  });
  app.post('/api/workspaces/:workspaceId/content-sessions/:sessionId/stop', {
    config: write,
    schema: {
      tags,
      summary: 'End a session: its timer stops, its minutes are shared out over its posts',
      params: contentSessionParamsSchema,
      response: { 200: contentSessionSchema },
    },
    handler: (request) => contentSessionsService.stop(actorOf(request), request.params.sessionId),
  });
  app.post('/api/workspaces/:workspaceId/content-sessions/:sessionId/posts', {
    config: write,
    schema: {
      tags,
      summary: 'Write a post in a batch session: it goes to the next free slot of its networks',
      params: contentSessionParamsSchema,
      body: batchPostBodySchema,
      response: { 201: batchPostResultSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(
          await contentSessionsService.writePost(actorOf(request), request.params.sessionId, request.body),
        );
    },
  });
};
