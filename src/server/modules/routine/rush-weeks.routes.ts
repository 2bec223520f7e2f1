import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import { rushWeekParamsSchema, rushWeekSchema, rushWeeksViewSchema } from '../../../contracts/rush-weeks.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { RushWeeksService } from './rush-weeks.service.js';

const tags = ['routine'];
const base = '/api/workspaces/:workspaceId/routine/rush-weeks';

export const rushWeeksRoutes: FastifyPluginAsyncZod<{ rushWeeksService: RushWeeksService }> = async (
  app,
  { rushWeeksService },
) => {
  app.get(base, {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Weeks in rush mode (the plan shrunk to what keeps regularity), from last week on',
      params: workspaceParamsSchema,
      response: { 200: rushWeeksViewSchema },
    },
    handler: (request) => rushWeeksService.listRushWeeks(request.params.workspaceId),
  });

  // Turning the plan of the whole workspace down is a manager's call, like generating it.
  app.put(`${base}/:week`, {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Turn rush mode on for the week holding `week`',
      params: rushWeekParamsSchema,
      response: { 200: rushWeekSchema },
    },
    handler: (request) =>
      rushWeeksService.turnOn(
        request.params.workspaceId,
        request.params.week,
        requireMembership(request).userId,
      ),
  });

  app.delete(`${base}/:week`, {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Turn rush mode off for the week holding `week`: the plan is back as it was',
      params: rushWeekParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    handler: async (request, reply) => {
      await rushWeeksService.turnOff(request.params.workspaceId, request.params.week);
      return reply.status(204).send(null);
    },
  });
};
