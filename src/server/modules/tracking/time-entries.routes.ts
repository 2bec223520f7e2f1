import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  createTimeEntryBodySchema,
  duplicateTimeEntryBodySchema,
  entryFiltersSchema,
  entryPageSchema,
  entryParamsSchema,
  listEntriesQuerySchema,
  timeEntrySchema,
  updateTimeEntryBodySchema,
} from '../../../contracts/tracking.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import { pickLocale } from '../../platform/problem-messages.js';
import { sendWrittenJson } from '../../platform/response-serializer.js';
import { type ExportTimeEntriesService, exportFileName } from './export-time-entries.service.js';
import type { TimeEntriesService } from './time-entries.service.js';

const tags = ['tracking'];
const read = { access: { workspace: 'read' as const } };
/** Members change their own entries; the service asks for the manager role on someone else's. */
const write = { access: { workspace: 'write' as const } };

export const timeEntriesRoutes: FastifyPluginAsyncZod<{
  timeEntriesService: TimeEntriesService;
  exportTimeEntriesService: ExportTimeEntriesService;
}> = async (app, { timeEntriesService, exportTimeEntriesService }) => {
  app.get('/api/workspaces/:workspaceId/time-entries', {
    // Pure: the same query and rows give the same bytes whatever the hour (a running entry has no
    // duration yet), in every language. Kept until its workspace changes (platform/response-cache.ts).
    config: { ...read, cache: true },
    schema: {
      tags,
      summary: 'Time entries, newest first, filtered (local dates, inclusive) and paginated',
      params: workspaceParamsSchema,
      querystring: listEntriesQuerySchema,
      response: { 200: entryPageSchema },
    },
    // Written by the service as the contract's JSON (see writeListedEntry): sent as it is.
    async handler(request, reply) {
      return sendWrittenJson(
        reply,
        await timeEntriesService.listEntriesAsJson(request.params.workspaceId, request.query),
      );
    },
  });

  app.post('/api/workspaces/:workspaceId/time-entries', {
    config: write,
    schema: {
      tags,
      summary: 'Add an entry by hand: a start and an end or a duration',
      params: workspaceParamsSchema,
      body: createTimeEntryBodySchema,
      response: { 201: timeEntrySchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await timeEntriesService.createEntry(requireMembership(request), request.body));
    },
  });

  app.patch('/api/workspaces/:workspaceId/time-entries/:entryId', {
    config: write,
    schema: {
      tags,
      params: entryParamsSchema,
      body: updateTimeEntryBodySchema,
      response: { 200: timeEntrySchema },
    },
    handler: (request) =>
      timeEntriesService.updateEntry(requireMembership(request), request.params.entryId, request.body),
  });

  app.delete('/api/workspaces/:workspaceId/time-entries/:entryId', {
    config: write,
    schema: { tags, params: entryParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await timeEntriesService.deleteEntry(requireMembership(request), request.params.entryId);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/workspaces/:workspaceId/time-entries/:entryId/duplicate', {
    config: write,
    schema: {
      tags,
      summary: 'Copy an entry to a day (same local start time and duration)',
      params: entryParamsSchema,
      body: duplicateTimeEntryBodySchema,
      response: { 201: timeEntrySchema },
    },
    async handler(request, reply) {
      const copy = await timeEntriesService.duplicateEntry(
        requireMembership(request),
        request.params.entryId,
        request.body.date,
      );
      return reply.status(201).send(copy);
    },
  });

  app.get('/api/workspaces/:workspaceId/time-entries/export.csv', {
    config: read,
    schema: {
      tags,
      summary: 'Entries as CSV (spreadsheet-formula safe), same filters as the list',
      params: workspaceParamsSchema,
      querystring: z.intersection(
        entryFiltersSchema,
        z.object({
          /** Default: `;` in French (what French Excel expects), `,` in English. */
          delimiter: z.enum(['comma', 'semicolon']).optional(),
          /** The interface's language (a download link does not send it); else Accept-Language. */
          locale: z.enum(['fr', 'en']).optional(),
        }),
      ),
      response: { 200: z.string().describe('text/csv') },
    },
    async handler(request, reply) {
      const locale = request.query.locale ?? pickLocale(request.headers['accept-language']);
      const delimiter = request.query.delimiter ?? (locale === 'fr' ? 'semicolon' : 'comma');
      const csv = await exportTimeEntriesService.exportCsv(request.params.workspaceId, request.query, {
        locale,
        delimiter: delimiter === 'semicolon' ? ';' : ',',
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportFileName(locale, 'csv', new Date())}"`)
        .send(csv);
    },
  });

  app.get('/api/workspaces/:workspaceId/time-entries/export.json', {
    config: read,
    schema: {
      tags,
      summary: 'Entries as JSON, same filters as the list',
      params: workspaceParamsSchema,
      querystring: entryFiltersSchema,
      response: { 200: z.object({ timeZone: z.string(), entries: z.array(timeEntrySchema) }) },
    },
    async handler(request, reply) {
      const body = await exportTimeEntriesService.exportJson(request.params.workspaceId, request.query);
      return reply
        .header(
          'content-disposition',
          `attachment; filename="${exportFileName(pickLocale(request.headers['accept-language']), 'json', new Date())}"`,
        )
        .send(body);
    },
  });
};
