import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import { postParamsSchema } from '../../../contracts/content.js';
import {
  entryPostLinkParamsSchema,
  entryPostLinksSchema,
  linkableEntriesSchema,
  linkEntryBodySchema,
  postEffortsSchema,
} from '../../../contracts/post-efforts.js';
import { entryParamsSchema } from '../../../contracts/tracking.js';
import { requireMembership } from '../../platform/access.js';
import type { PostEffortsService } from './post-efforts.service.js';

const tags = ['content'];
const read = { access: { workspace: 'read' as const } };
/** Members link their own entries; the service asks for the manager role on someone else's. */
const write = { access: { workspace: 'write' as const } };

/** A post's effort by source, and time entries linked to posts by hand. */
export const postEffortsRoutes: FastifyPluginAsyncZod<{ postEffortsService: PostEffortsService }> = async (
  app,
  { postEffortsService },
) => {
  app.get('/api/workspaces/:workspaceId/posts/:postId/efforts', {
    config: read,
    schema: {
      tags,
      summary: 'The post’s effort: batch shares, timers on it and linked entries (who, when, how long)',
      params: postParamsSchema,
      response: { 200: postEffortsSchema },
    },
    handler: (request) =>
      postEffortsService.listPostEfforts(request.params.workspaceId, request.params.postId),
  });
  app.get('/api/workspaces/:workspaceId/posts/:postId/linkable-entries', {
    config: write,
    schema: {
      tags,
      summary: 'The caller’s finished entries of the last 30 days, with the minutes each has left to link',
      params: postParamsSchema,
      response: { 200: linkableEntriesSchema },
    },
    handler: (request) =>
      postEffortsService.listLinkableEntries(requireMembership(request), request.params.postId),
  });
  app.get('/api/workspaces/:workspaceId/time-entries/:entryId/post-links', {
    config: read,
    schema: {
      tags,
      summary: 'The posts a time entry is linked to, and its minutes left to link',
      params: entryParamsSchema,
      response: { 200: entryPostLinksSchema },
    },
    handler: (request) =>
      postEffortsService.listEntryLinks(request.params.workspaceId, request.params.entryId),
  });
  app.post('/api/workspaces/:workspaceId/time-entries/:entryId/post-links', {
    config: write,
    schema: {
      tags,
      summary: 'Link a finished entry to a post: all its unlinked minutes, or a part (`minutes`)',
      params: entryParamsSchema,
      body: linkEntryBodySchema,
      response: { 201: entryPostLinksSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(
          await postEffortsService.linkEntry(
            requireMembership(request),
            request.params.entryId,
            request.body,
          ),
        );
    },
  });
  app.delete('/api/workspaces/:workspaceId/time-entries/:entryId/post-links/:postId', {
    config: write,
    schema: {
      tags,
      summary: 'Unlink an entry from a post',
      params: entryPostLinkParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      await postEffortsService.unlinkEntry(
        requireMembership(request),
        request.params.entryId,
        request.params.postId,
      );
      return reply.status(204).send(null);
    },
  });
};
