import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  calendarFeedsStatusSchema,
  calendarTokenParamsSchema,
  createdCalendarFeedSchema,
} from '../../../contracts/routine.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireUser } from '../../platform/access.js';
import type { CalendarFeedsService } from './calendar-feeds.service.js';

const tags = ['routine'];

export const calendarFeedsRoutes: FastifyPluginAsyncZod<{
  calendarFeedsService: CalendarFeedsService;
}> = async (app, { calendarFeedsService }) => {
  const base = '/api/workspaces/:workspaceId/calendar-feeds';

  app.get(base, {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: "Whether the workspace's feed and mine exist (their URLs are shown only once)",
      params: workspaceParamsSchema,
      response: { 200: calendarFeedsStatusSchema },
    },
    handler: (request) => calendarFeedsService.getStatus(request.params.workspaceId, requireUser(request).id),
  });

  // Who may hold which URL: the workspace's feed is the managers' to hand out; anyone who does
  // the work gets their own. Regenerating revokes the previous URL.
  for (const scope of ['workspace', 'me'] as const) {
    const access = { workspace: scope === 'workspace' ? ('manage' as const) : ('write' as const) };
    app.post(`${base}/${scope}`, {
      config: { access },
      schema: {
        tags,
        summary: `Create or regenerate the ${scope === 'me' ? 'personal' : "workspace's"} ICS feed URL`,
        params: workspaceParamsSchema,
        response: { 201: createdCalendarFeedSchema },
      },
      async handler(request, reply) {
        const userId = scope === 'me' ? requireUser(request).id : null;
        return reply
          .status(201)
          .send(await calendarFeedsService.createFeed(request.params.workspaceId, userId));
      },
    });
    app.get(`${base}/${scope}`, {
      config: { access },
      schema: {
        tags,
        summary: `The ${scope === 'me' ? 'personal' : "workspace's"} ICS feed URL, shown again`,
        params: workspaceParamsSchema,
        response: { 200: createdCalendarFeedSchema },
      },
      handler: (request) =>
        calendarFeedsService.showFeed(
          request.params.workspaceId,
          scope === 'me' ? requireUser(request).id : null,
        ),
    });
    app.delete(`${base}/${scope}`, {
      config: { access },
      schema: {
        tags,
        summary: 'Revoke the feed URL',
        params: workspaceParamsSchema,
        response: { 204: emptyResponseSchema },
      },
      async handler(request, reply) {
        const userId = scope === 'me' ? requireUser(request).id : null;
        await calendarFeedsService.revokeFeed(request.params.workspaceId, userId);
        return reply.status(204).send(null);
      },
    });
  }

  app.get('/api/calendar/:token', {
    // The secret URL is the credential: calendar apps cannot sign in.
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The routine as an iCalendar feed (text/calendar), at `<token>.ics`',
      params: calendarTokenParamsSchema,
    },
    async handler(request, reply) {
      const body = await calendarFeedsService.renderFeed(request.params.token);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="cadence-routine.ics"')
        .send(body);
    },
  });
};
