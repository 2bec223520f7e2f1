import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  followersViewSchema,
  maxResultsImportTextLength,
  resultsImportCommitBodySchema,
  resultsImportPreviewBodySchema,
  resultsImportPreviewSchema,
  resultsImportResultSchema,
} from '../../../contracts/results-imports.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { Followers } from './followers.js';
import type { ResultsImportService } from './results-import.service.js';

const tags = ['results'];
const base = '/api/workspaces/:workspaceId';
/** The CSV travels as text in JSON; escaping adds a little to the file's size. */
const bodyLimit = maxResultsImportTextLength + 2 * 1024 * 1024;

export const resultsImportRoutes: FastifyPluginAsyncZod<{
  resultsImportService: ResultsImportService;
  followers: Followers;
}> = async (app, { resultsImportService, followers }) => {
  app.post(`${base}/results/imports/preview`, {
    config: { access: { workspace: 'write' } },
    bodyLimit,
    schema: {
      tags,
      summary: 'Dry run of a LinkedIn / Meta post export or a list of outcomes: nothing is written',
      params: workspaceParamsSchema,
      body: resultsImportPreviewBodySchema,
      response: { 200: resultsImportPreviewSchema },
    },
    handler: (request) => resultsImportService.preview(request.params.workspaceId, request.body),
  });

  app.post(`${base}/results/imports`, {
    config: { access: { workspace: 'write' } },
    bodyLimit,
    schema: {
      tags,
      summary: 'Import the file with its mapping, all or nothing; lines already imported are skipped',
      params: workspaceParamsSchema,
      body: resultsImportCommitBodySchema,
      response: { 200: resultsImportResultSchema },
    },
    handler: (request) => resultsImportService.commit(requireMembership(request), request.body),
  });

  app.get(`${base}/results/followers`, {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Follower counts of the connected accounts, their change over a week and a month of history',
      params: workspaceParamsSchema,
      response: { 200: followersViewSchema },
    },
    handler: (request) => followers.getView(request.params.workspaceId),
  });
};
