import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { postSchema } from '../../../contracts/content.js';
import {
  rushIdeaDraftBodySchema,
  rushIdeaDraftParamsSchema,
  rushIdeasQuerySchema,
  rushIdeasSchema,
} from '../../../contracts/rush-ideas.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { RushIdeasService } from './rush-ideas.service.js';

const tags = ['content'];
const read = { access: { workspace: 'read' as const } };
const write = { access: { workspace: 'write' as const } };

/** Rush mode's notebook ideas for the week's empty slots, and the one click that uses one. */
export const rushIdeasRoutes: FastifyPluginAsyncZod<{ rushIdeasService: RushIdeasService }> = async (
  app,
  { rushIdeasService },
) => {
  app.get('/api/workspaces/:workspaceId/rush-ideas', {
    config: read,
    schema: {
      tags,
      summary:
        'Per network with a target left empty this week: its next empty slot and notebook ideas for it',
      params: workspaceParamsSchema,
      querystring: rushIdeasQuerySchema,
      response: { 200: rushIdeasSchema },
    },
    handler: (request) => rushIdeasService.getRushIdeas(request.params.workspaceId, request.query.week),
  });
  app.post('/api/workspaces/:workspaceId/rush-ideas/:ideaId/draft', {
    config: write,
    schema: {
      tags,
      summary: 'Turn a notebook idea into a draft for one network at the week’s next empty slot of it',
      params: rushIdeaDraftParamsSchema,
      body: rushIdeaDraftBodySchema,
      response: { 201: postSchema },
    },
    async handler(request, reply) {
      const { userId } = requireMembership(request);
      const { workspaceId, ideaId } = request.params;
      return reply
        .status(201)
        .send(await rushIdeasService.draftFromIdea(workspaceId, userId, ideaId, request.body));
    },
  });
};
