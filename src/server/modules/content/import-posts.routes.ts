import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importPostsBodySchema, importPostsResultSchema } from '../../../contracts/content.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { ImportPostsService } from './import-posts.service.js';

const tags = ['content'];
const write = { access: { workspace: 'write' as const } };

export const importPostsRoutes: FastifyPluginAsyncZod<{ importPostsService: ImportPostsService }> = async (
  app,
  { importPostsService },
) => {
  app.post('/api/workspaces/:workspaceId/posts/import/preview', {
    config: write,
    schema: {
      tags,
      summary: 'Check a bulk CSV (Hootsuite shape: date, time, text, link) without importing',
      params: workspaceParamsSchema,
      body: importPostsBodySchema,
      response: { 200: importPostsResultSchema },
    },
    handler: (request) =>
      importPostsService.previewImport(
        request.params.workspaceId,
        request.body,
        request.headers['accept-language'],
      ),
  });
  app.post('/api/workspaces/:workspaceId/posts/import', {
    config: write,
    schema: {
      tags,
      summary: 'Import and schedule the rows that can be; rows imported before are skipped',
      params: workspaceParamsSchema,
      body: importPostsBodySchema,
      response: { 200: importPostsResultSchema },
    },
    handler: (request) => {
      const { userId } = requireMembership(request);
      return importPostsService.importPosts(
        request.params.workspaceId,
        userId,
        request.body,
        request.headers['accept-language'],
      );
    },
  });
};
