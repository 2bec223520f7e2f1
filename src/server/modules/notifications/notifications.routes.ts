import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  notificationListSchema,
  notificationParamsSchema,
  notificationSettingsSchema,
  unsubscribeQuerySchema,
  updateNotificationSettingsBodySchema,
} from '../../../contracts/notifications.js';
import { requireUser } from '../../platform/access.js';
import { HttpProblem } from '../../platform/problem.js';
import type { NotificationsService } from './notifications.service.js';
import { unsubscribePage } from './unsubscribe-page.js';

const tags = ['notifications'];
const user = { access: 'user' as const };

export const notificationsRoutes: FastifyPluginAsyncZod<{
  notificationsService: NotificationsService;
  defaultTimeZone: string;
}> = async (app, { notificationsService, defaultTimeZone }) => {
  // Mail clients send the one-click unsubscribe as a form (RFC 8058); only this plugin reads forms.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get('/api/me/notifications', {
    config: user,
    schema: {
      tags,
      summary: 'My latest notifications (50), and how many are unread',
      response: { 200: notificationListSchema },
    },
    handler: (request) => notificationsService.listNotifications(requireUser(request).id),
  });
  app.post('/api/me/notifications/:notificationId/read', {
    config: user,
    schema: { tags, params: notificationParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await notificationsService.markRead(requireUser(request).id, request.params.notificationId);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/me/notifications/read-all', {
    config: user,
    schema: { tags, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await notificationsService.markAllRead(requireUser(request).id);
      return reply.status(204).send(null);
    },
  });
  app.get('/api/me/notification-settings', {
    config: user,
    schema: {
      tags,
      summary: 'Where each kind reaches me, my zone and quiet hours',
      response: { 200: notificationSettingsSchema },
    },
    handler: (request) => notificationsService.findSettings(requireUser(request).id, defaultTimeZone),
  });
  app.patch('/api/me/notification-settings', {
    config: user,
    schema: {
      tags,
      body: updateNotificationSettingsBodySchema,
      response: { 200: notificationSettingsSchema },
    },
    handler: (request) =>
      notificationsService.updateSettings(requireUser(request).id, defaultTimeZone, request.body),
  });

  // The link in every notification mail: GET shows a button (link scanners fetch links, so a GET
  // must change nothing); POST, from that button or from the mail client's one-click, unsubscribes.
  app.get('/api/notifications/unsubscribe', {
    config: { access: 'public' },
    schema: { tags, summary: 'The unsubscribe page a mail links to', querystring: unsubscribeQuerySchema },
    async handler(request, reply) {
      const english = request.headers['accept-language']?.toLowerCase().startsWith('en') ?? false;
      return reply
        .type('text/html; charset=utf-8')
        .send(unsubscribePage(english ? 'en' : 'fr', { state: 'ask', token: request.query.token }));
    },
  });
  app.post('/api/notifications/unsubscribe', {
    config: { access: 'public' },
    schema: { tags, summary: 'One-click unsubscribe (RFC 8058)', querystring: unsubscribeQuerySchema },
    async handler(request, reply) {
      const done = await notificationsService.unsubscribe(request.query.token);
      if (!done) throw new HttpProblem(404, 'not_found');
      const english = request.headers['accept-language']?.toLowerCase().startsWith('en') ?? false;
      return reply
        .type('text/html; charset=utf-8')
        .send(unsubscribePage(english ? 'en' : 'fr', { state: 'done' }));
    },
  });
};
