import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  connectBlueskyBodySchema,
  connectedAccountSchema,
  connectionParamsSchema,
  connectionsViewSchema,
  connectWebhookBodySchema,
  mastodonCallbackQuerySchema,
  startMastodonAnswerSchema,
  startMastodonBodySchema,
} from '../../../contracts/connections.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership, requireUser } from '../../platform/access.js';
import type { ConnectionsService } from './connections.service.js';
import { callbackPath, callbackRedirect, type MastodonAuthorization } from './mastodon-authorization.js';

const tags = ['connections'];
/** Connecting, testing and disconnecting: owners and managers (core/access canManageConnections). */
const manage = { access: { workspace: 'manage' as const } };

export const connectionsRoutes: FastifyPluginAsyncZod<{
  connectionsService: ConnectionsService;
  mastodonAuthorization: MastodonAuthorization;
}> = async (app, { connectionsService, mastodonAuthorization }) => {
  const base = '/api/workspaces/:workspaceId/connections';

  app.get(base, {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: "The workspace's connected accounts (never a credential), limits per network, warnings",
      params: workspaceParamsSchema,
      response: { 200: connectionsViewSchema },
    },
    handler: (request) => connectionsService.listConnections(request.params.workspaceId),
  });

  app.post(`${base}/mastodon`, {
    config: manage,
    schema: {
      tags,
      summary: 'Starts connecting a Mastodon account: where to send the person to approve',
      params: workspaceParamsSchema,
      body: startMastodonBodySchema,
      response: { 200: startMastodonAnswerSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, userId } = requireMembership(request);
      const started = await mastodonAuthorization.start(workspaceId, userId, request.body.instance);
      reply.header('set-cookie', started.setCookie);
      return { authorizationUrl: started.authorizationUrl };
    },
  });

  app.get(callbackPath, {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Where the Mastodon instance sends the person back; redirects to the connections page',
      querystring: mastodonCallbackQuerySchema,
    },
    handler: async (request, reply) => {
      const { outcome, clearCookie } = await mastodonAuthorization.finish({
        cookieHeader: request.headers.cookie,
        userId: requireUser(request).id,
        ...request.query,
      });
      reply.header('set-cookie', clearCookie);
      return reply.redirect(callbackRedirect(outcome), 303);
    },
  });

  app.post(`${base}/bluesky`, {
    config: manage,
    schema: {
      tags,
      summary: 'Connects a Bluesky account with its handle and an app password',
      params: workspaceParamsSchema,
      body: connectBlueskyBodySchema,
      response: { 201: connectedAccountSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, userId } = requireMembership(request);
      reply.status(201);
      return connectionsService.connectBluesky(workspaceId, userId, request.body);
    },
  });

  app.post(`${base}/webhook`, {
    config: manage,
    schema: {
      tags,
      summary: 'Connects a webhook (URL + signing secret); a signed ping must be accepted',
      params: workspaceParamsSchema,
      body: connectWebhookBodySchema,
      response: { 201: connectedAccountSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, userId } = requireMembership(request);
      reply.status(201);
      return connectionsService.connectWebhook(workspaceId, userId, request.body);
    },
  });

  app.post(`${base}/:connectionId/test`, {
    config: manage,
    schema: {
      tags,
      summary: 'Checks the account now (health and limits); 422 with the reason when it fails',
      params: connectionParamsSchema,
      response: { 200: connectedAccountSchema },
    },
    handler: (request) =>
      connectionsService.testConnection(request.params.workspaceId, request.params.connectionId),
  });

  app.delete(`${base}/:connectionId`, {
    config: manage,
    schema: {
      tags,
      summary: 'Disconnects the account: its credentials are deleted; past publications keep its name',
      params: connectionParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    handler: async (request, reply) => {
      await connectionsService.disconnect(request.params.workspaceId, request.params.connectionId);
      return reply.status(204).send(null);
    },
  });
};
