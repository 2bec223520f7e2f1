import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agencyResultsExportQuerySchema,
  agencyResultsQuerySchema,
  agencyResultsSchema,
  effortQuerySchema,
  effortResultsSchema,
} from '../../../contracts/results-agency.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireUser } from '../../platform/access.js';
import type { WorkspacesService } from '../workspaces/workspaces.service.js';
import type { ResultsAgencyService } from './results-agency.service.js';
import { exportAgencyResultsCsv } from './results-agency-export.js';

const tags = ['results'];

export const resultsAgencyRoutes: FastifyPluginAsyncZod<{
  resultsAgencyService: ResultsAgencyService;
  workspacesService: Pick<WorkspacesService, 'listWorkspaces'>;
}> = async (app, { resultsAgencyService, workspacesService }) => {
  const agencyResultsOf = async (userId: string, query: z.infer<typeof agencyResultsQuerySchema>) =>
    resultsAgencyService.getAgencyResults(await workspacesService.listWorkspaces(userId), query);

  app.get('/api/agency/results', {
    config: { access: 'user' },
    schema: {
      tags,
      summary:
        'Hours, cost, posts, leads, clients, revenue and ROI of every workspace I manage, side by side',
      querystring: agencyResultsQuerySchema,
      response: { 200: agencyResultsSchema },
    },
    handler: (request) => agencyResultsOf(requireUser(request).id, request.query),
  });
  app.get('/api/agency/results/export.csv', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'The agency ROI table as CSV (formula-safe), sorted as shown, in the interface’s language',
      querystring: agencyResultsExportQuerySchema,
      response: { 200: z.string().describe('text/csv') },
    },
    async handler(request, reply) {
      const view = await agencyResultsOf(requireUser(request).id, request.query);
      const { locale, sort, direction } = request.query;
      const name = locale === 'fr' ? 'cadence-agence-roi' : 'cadence-agency-roi';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}-${view.from}-${view.to}.csv"`)
        .send(exportAgencyResultsCsv(view, { locale, sort, direction }));
    },
  });

  app.get('/api/workspaces/:workspaceId/results/effort', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary:
        'Effort against results: minutes per post beside what it earned, and kinds of time followed by results',
      params: workspaceParamsSchema,
      querystring: effortQuerySchema,
      response: { 200: effortResultsSchema },
    },
    handler: (request) => resultsAgencyService.getEffortResults(request.params.workspaceId, request.query),
  });
};
