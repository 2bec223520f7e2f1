import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  postPublicationsParamsSchema,
  publicationParamsSchema,
  publicationProblemSchema,
  publicationSchema,
  reschedulePublicationBodySchema,
} from '../../../contracts/publishing.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import type { PublicationsService } from './publications.service.js';

const tags = ['publishing'];
const read = { access: { workspace: 'read' as const } };
const write = { access: { workspace: 'write' as const } };

export const publishingRoutes: FastifyPluginAsyncZod<{ publicationsService: PublicationsService }> = async (
  app,
  { publicationsService },
) => {
  app.get('/api/workspaces/:workspaceId/posts/:postId/publications', {
    config: read,
    schema: {
      tags,
      summary: "A post's publications (one per version and connected account) with their attempts",
      params: postPublicationsParamsSchema,
      response: { 200: z.array(publicationSchema) },
    },
    handler: (request) => publicationsService.listForPost(request.params.workspaceId, request.params.postId),
  });
  app.get('/api/workspaces/:workspaceId/publications/problems', {
    config: read,
    schema: {
      tags,
      summary: 'Failed and missed publications of the workspace, latest first',
      params: workspaceParamsSchema,
      response: { 200: z.array(publicationProblemSchema) },
    },
    handler: (request) => publicationsService.listProblems(request.params.workspaceId),
  });
  app.post('/api/workspaces/:workspaceId/publications/:publicationId/retry', {
    config: write,
    schema: {
      tags,
      summary: 'Try a failed or missed publication again now, with the same idempotency key',
      params: publicationParamsSchema,
      response: { 200: publicationSchema },
    },
    handler: (request) => publicationsService.retry(request.params.workspaceId, request.params.publicationId),
  });
  app.post('/api/workspaces/:workspaceId/publications/:publicationId/reschedule', {
    config: write,
    schema: {
      tags,
      summary: 'Plan a failed or missed publication at another local date and time (same key)',
      params: publicationParamsSchema,
      body: reschedulePublicationBodySchema,
      response: { 200: publicationSchema },
    },
    handler: (request) =>
      publicationsService.reschedule(request.params.workspaceId, request.params.publicationId, request.body),
  });
};
