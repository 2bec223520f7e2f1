import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  comparisonQuerySchema,
  createRoutineBlockBodySchema,
  generatedRoutineSchema,
  generateFromBudgetBodySchema,
  generateReferenceWeekBodySchema,
  listBlocksQuerySchema,
  markOccurrenceBodySchema,
  occurrenceParamsSchema,
  occurrencesQuerySchema,
  occurrencesViewSchema,
  routineBlockParamsSchema,
  routineBlockSchema,
  routineComparisonSchema,
  routineExceptionBodySchema,
  routineExceptionSchema,
  routineOccurrenceSchema,
  todayQuerySchema,
  todayViewSchema,
  updateRoutineBlockBodySchema,
} from '../../../contracts/routine.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { GenerateRoutineService } from './generate-routine.service.js';
import type { RoutineBlocksService } from './routine-blocks.service.js';
import type { RoutineComparisonService } from './routine-comparison.service.js';
import type { RoutineOccurrencesService } from './routine-occurrences.service.js';

const tags = ['routine'];
const read = { access: { workspace: 'read' as const } };
const write = { access: { workspace: 'write' as const } };
const manage = { access: { workspace: 'manage' as const } };
// A 409 `routine_complex_overlap` (body: routineOverlapProblemSchema) is not declared as a
// response: the error handler's problem bodies must never be re-validated into a 500.

export const routineRoutes: FastifyPluginAsyncZod<{
  routineBlocksService: RoutineBlocksService;
  generateRoutineService: GenerateRoutineService;
  routineOccurrencesService: RoutineOccurrencesService;
  routineComparisonService: RoutineComparisonService;
}> = async (
  app,
  { routineBlocksService, generateRoutineService, routineOccurrencesService, routineComparisonService },
) => {
  const base = '/api/workspaces/:workspaceId/routine';

  app.get(`${base}/blocks`, {
    config: read,
    schema: {
      tags,
      summary: 'The routine: recurring weekly blocks',
      params: workspaceParamsSchema,
      querystring: listBlocksQuerySchema,
      response: { 200: z.array(routineBlockSchema) },
    },
    handler: (request) =>
      routineBlocksService.listBlocks(request.params.workspaceId, request.query.memberUserId),
  });

  app.post(`${base}/blocks`, {
    config: manage,
    schema: {
      tags,
      summary: 'Add a block (refused with 409 when two complex tasks would overlap)',
      params: workspaceParamsSchema,
      body: createRoutineBlockBodySchema,
      response: { 201: routineBlockSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await routineBlocksService.createBlock(request.params.workspaceId, request.body));
    },
  });

  app.patch(`${base}/blocks/:blockId`, {
    config: manage,
    schema: {
      tags,
      summary: 'Move, resize or edit a block (the whole series)',
      params: routineBlockParamsSchema,
      body: updateRoutineBlockBodySchema,
      response: { 200: routineBlockSchema },
    },
    handler: (request) =>
      routineBlocksService.updateBlock(request.params.workspaceId, request.params.blockId, request.body),
  });

  app.delete(`${base}/blocks/:blockId`, {
    config: manage,
    schema: { tags, params: routineBlockParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await routineBlocksService.deleteBlock(request.params.workspaceId, request.params.blockId);
      return reply.status(204).send(null);
    },
  });

  app.post(`${base}/generate/reference-week`, {
    config: manage,
    schema: {
      tags,
      summary: 'Generate the 6 h reference week',
      params: workspaceParamsSchema,
      body: generateReferenceWeekBodySchema,
      response: { 201: generatedRoutineSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await generateRoutineService.generateReferenceWeek(request.params.workspaceId, request.body));
    },
  });

  app.post(`${base}/generate/from-budget`, {
    config: manage,
    schema: {
      tags,
      summary: "Lay the budget's hours out over the working days",
      params: workspaceParamsSchema,
      body: generateFromBudgetBodySchema,
      response: { 201: generatedRoutineSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await generateRoutineService.generateFromBudget(request.params.workspaceId, request.body));
    },
  });

  app.post(`${base}/adopt-workspace-time-zone`, {
    config: manage,
    schema: {
      tags,
      summary: "Move every block to the workspace's current time zone, keeping wall-clock times",
      params: workspaceParamsSchema,
      response: { 200: z.array(routineBlockSchema) },
    },
    handler: (request) => routineBlocksService.adoptWorkspaceTimeZone(request.params.workspaceId),
  });

  app.get(`${base}/occurrences`, {
    config: read,
    schema: {
      tags,
      summary: 'Occurrences between two local dates (inclusive), with their status',
      params: workspaceParamsSchema,
      querystring: occurrencesQuerySchema,
      response: { 200: occurrencesViewSchema },
    },
    handler: (request) =>
      routineOccurrencesService.listOccurrences(request.params.workspaceId, request.query),
  });

  app.get(`${base}/today`, {
    config: read,
    schema: {
      tags,
      summary: "The day's planner and the tasks left unfinished",
      params: workspaceParamsSchema,
      querystring: todayQuerySchema,
      response: { 200: todayViewSchema },
    },
    handler: (request) => routineOccurrencesService.getToday(request.params.workspaceId, request.query),
  });

  app.put(`${base}/blocks/:blockId/exceptions/:occurrenceDate`, {
    config: manage,
    schema: {
      tags,
      summary: 'Move or cancel one occurrence without changing the series',
      params: occurrenceParamsSchema,
      body: routineExceptionBodySchema,
      response: { 200: routineExceptionSchema },
    },
    handler: (request) =>
      routineOccurrencesService.saveException(
        request.params.workspaceId,
        request.params.blockId,
        request.params.occurrenceDate,
        request.body,
      ),
  });

  app.delete(`${base}/blocks/:blockId/exceptions/:occurrenceDate`, {
    config: manage,
    schema: {
      tags,
      summary: 'Restore one occurrence',
      params: occurrenceParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      const { workspaceId, blockId, occurrenceDate } = request.params;
      await routineOccurrencesService.deleteException(workspaceId, blockId, occurrenceDate);
      return reply.status(204).send(null);
    },
  });

  app.post(`${base}/blocks/:blockId/occurrences/:occurrenceDate/mark`, {
    config: write,
    schema: {
      tags,
      summary: 'Mark one occurrence started, done or skipped',
      params: occurrenceParamsSchema,
      body: markOccurrenceBodySchema,
      response: { 200: routineOccurrenceSchema },
    },
    handler: (request) =>
      routineOccurrencesService.markOccurrence(
        requireMembership(request),
        request.params.blockId,
        request.params.occurrenceDate,
        request.body.status,
      ),
  });

  app.delete(`${base}/blocks/:blockId/occurrences/:occurrenceDate/mark`, {
    config: write,
    schema: {
      tags,
      summary: 'Clear the mark',
      params: occurrenceParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      const { blockId, occurrenceDate } = request.params;
      await routineOccurrencesService.unmarkOccurrence(requireMembership(request), blockId, occurrenceDate);
      return reply.status(204).send(null);
    },
  });

  app.get(`${base}/comparison`, {
    config: read,
    schema: {
      tags,
      summary: "The budget's weekly minutes per category next to the routine's",
      params: workspaceParamsSchema,
      querystring: comparisonQuerySchema,
      response: { 200: routineComparisonSchema },
    },
    handler: (request) =>
      routineComparisonService.compareWithBudget(request.params.workspaceId, request.query.week),
  });
};
