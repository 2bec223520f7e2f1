import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { postingSlotsViewSchema, setPostingSlotsBodySchema } from '../../../contracts/content.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import type { PostingSlotsService } from './posting-slots.service.js';

const tags = ['content'];

export const postingSlotsRoutes: FastifyPluginAsyncZod<{ postingSlotsService: PostingSlotsService }> = async (
  app,
  { postingSlotsService },
) => {
  app.get('/api/workspaces/:workspaceId/posting-slots', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Weekly posting times per network, and slots proposed from the posting targets',
      params: workspaceParamsSchema,
      response: { 200: postingSlotsViewSchema },
    },
    handler: (request) => postingSlotsService.getPostingSlots(request.params.workspaceId),
  });
  app.put('/api/workspaces/:workspaceId/posting-slots', {
    config: { access: { workspace: 'write' } },
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: setPostingSlotsBodySchema,
      response: { 200: postingSlotsViewSchema },
    },
    handler: (request) => postingSlotsService.setPostingSlots(request.params.workspaceId, request.body.slots),
  });
};
