import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { regularitySchema } from '../../../contracts/regularity.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import type { RegularityService } from './regularity.service.js';

export const regularityRoutes: FastifyPluginAsyncZod<{ regularityService: RegularityService }> = async (
  app,
  { regularityService },
) => {
  app.get('/api/workspaces/:workspaceId/regularity', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags: ['regularity'],
      summary: 'Per network: this week against the target, the streak of weeks on target, the coming silence',
      params: workspaceParamsSchema,
      response: { 200: regularitySchema },
    },
    handler: (request) => regularityService.findRegularity(request.params.workspaceId),
  });
};
