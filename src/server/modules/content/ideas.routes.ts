import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  createIdeaBodySchema,
  ideaParamsSchema,
  ideaSchema,
  ideasQuerySchema,
  postSchema,
  updateIdeaBodySchema,
} from '../../../contracts/content.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { IdeasService } from './ideas.service.js';
import type { PostsService } from './posts.service.js';

const tags = ['content'];
const read = { access: { workspace: 'read' as const } };
const write = { access: { workspace: 'write' as const } };

export const ideasRoutes: FastifyPluginAsyncZod<{
  ideasService: IdeasService;
  postsService: PostsService;
}> = async (app, { ideasService, postsService }) => {
  app.get('/api/workspaces/:workspaceId/ideas', {
    config: read,
    schema: {
      tags,
      summary: 'The idea notebook, newest first (archived ideas only when asked for)',
      params: workspaceParamsSchema,
      querystring: ideasQuerySchema,
      response: { 200: z.array(ideaSchema) },
    },
    handler: (request) => ideasService.listIdeas(request.params.workspaceId, request.query),
  });
  app.post('/api/workspaces/:workspaceId/ideas', {
    config: write,
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: createIdeaBodySchema,
      response: { 201: ideaSchema },
    },
    async handler(request, reply) {
      const { userId } = requireMembership(request);
      return reply
        .status(201)
        .send(await ideasService.createIdea(request.params.workspaceId, userId, request.body));
    },
  });
  app.patch('/api/workspaces/:workspaceId/ideas/:ideaId', {
    config: write,
    schema: { tags, params: ideaParamsSchema, body: updateIdeaBodySchema, response: { 200: ideaSchema } },
    handler: (request) =>
      ideasService.updateIdea(request.params.workspaceId, request.params.ideaId, request.body),
  });
  app.delete('/api/workspaces/:workspaceId/ideas/:ideaId', {
    config: write,
    schema: { tags, params: ideaParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await ideasService.deleteIdea(request.params.workspaceId, request.params.ideaId);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/workspaces/:workspaceId/ideas/:ideaId/post', {
    config: write,
    schema: {
      tags,
      summary: 'Turn an idea into a draft post on its network (or every network of the strategy)',
      params: ideaParamsSchema,
      response: { 201: postSchema },
    },
    async handler(request, reply) {
      const { userId } = requireMembership(request);
      const post = await postsService.createPostFromIdea(
        request.params.workspaceId,
        userId,
        request.params.ideaId,
      );
      return reply.status(201).send(post);
    },
  });
};
