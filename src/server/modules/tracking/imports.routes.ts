import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  commitImportBodySchema,
  importBatchParamsSchema,
  importBatchSchema,
  importPreviewBodySchema,
  importPreviewSchema,
  importResultSchema,
} from '../../../contracts/tracking.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { ImportTimeEntriesService } from './import-time-entries.service.js';

const tags = ['tracking'];
/**
 * The file travels as text in JSON (no multipart here). 50 MB of CSV is about 250,000 rows; JSON
 * escaping (quotes, line breaks) adds a little, hence the margin. Only these two routes take it.
 */
const importBodyLimit = 64 * 1024 * 1024;

export const importsRoutes: FastifyPluginAsyncZod<{
  importTimeEntriesService: ImportTimeEntriesService;
}> = async (app, { importTimeEntriesService }) => {
  app.post('/api/workspaces/:workspaceId/imports/preview', {
    config: { access: { workspace: 'write' } },
    bodyLimit: importBodyLimit,
    schema: {
      tags,
      summary: 'Dry run of a Toggl or Clockify detailed-report CSV: nothing is written',
      params: workspaceParamsSchema,
      body: importPreviewBodySchema,
      response: { 200: importPreviewSchema },
    },
    handler: (request) => importTimeEntriesService.previewImport(request.params.workspaceId, request.body),
  });

  app.post('/api/workspaces/:workspaceId/imports', {
    config: { access: { workspace: 'write' } },
    bodyLimit: importBodyLimit,
    schema: {
      tags,
      summary: 'Import the file with a mapping, all or nothing; rows already imported are skipped',
      params: workspaceParamsSchema,
      body: commitImportBodySchema,
      response: { 200: importResultSchema },
    },
    handler: (request) => importTimeEntriesService.commitImport(requireMembership(request), request.body),
  });

  app.get('/api/workspaces/:workspaceId/imports', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Imported files, newest first',
      params: workspaceParamsSchema,
      response: { 200: z.array(importBatchSchema) },
    },
    handler: (request) => importTimeEntriesService.listImports(request.params.workspaceId),
  });

  app.delete('/api/workspaces/:workspaceId/imports/:batchId', {
    config: { access: { workspace: 'write' } },
    schema: {
      tags,
      summary: 'Undo an import: its entries are deleted',
      params: importBatchParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      await importTimeEntriesService.undoImport(requireMembership(request), request.params.batchId);
      return reply.status(204).send(null);
    },
  });
};
