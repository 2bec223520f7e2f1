import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  createKpiBodySchema,
  kpiParamsSchema,
  kpiSchema,
  objectiveBodySchema,
  objectiveParamsSchema,
  objectiveSchema,
  objectivesViewSchema,
  personaBodySchema,
  personaParamsSchema,
  personaSchema,
  setNetworksBodySchema,
  setPillarsBodySchema,
  strategyViewSchema,
  updateKpiBodySchema,
  updateObjectiveBodySchema,
  updatePersonaBodySchema,
  updateStrategyBodySchema,
} from '../../../contracts/strategy.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import type { ObjectivesService } from './objectives.service.js';
import type { PersonasService } from './personas.service.js';
import type { StrategyService } from './strategy.service.js';

const tags = ['strategy'];
const read = { access: { workspace: 'read' as const } };
const manage = { access: { workspace: 'manage' as const } };

export const strategyRoutes: FastifyPluginAsyncZod<{
  strategyService: StrategyService;
  personasService: PersonasService;
  objectivesService: ObjectivesService;
}> = async (app, { strategyService, personasService, objectivesService }) => {
  app.get('/api/workspaces/:workspaceId/strategy', {
    config: read,
    schema: {
      tags,
      summary: 'Networks, editorial line and advice',
      params: workspaceParamsSchema,
      response: { 200: strategyViewSchema },
    },
    handler: (request) => strategyService.getStrategy(request.params.workspaceId),
  });
  app.patch('/api/workspaces/:workspaceId/strategy', {
    config: manage,
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: updateStrategyBodySchema,
      response: { 200: strategyViewSchema },
    },
    handler: (request) => strategyService.updateStrategy(request.params.workspaceId, request.body),
  });
  app.put('/api/workspaces/:workspaceId/strategy/networks', {
    config: manage,
    schema: {
      tags,
      summary: 'Chosen networks with posting targets and priorities',
      params: workspaceParamsSchema,
      body: setNetworksBodySchema,
      response: { 200: strategyViewSchema },
    },
    handler: (request) => strategyService.setNetworks(request.params.workspaceId, request.body),
  });
  app.put('/api/workspaces/:workspaceId/strategy/pillars', {
    config: manage,
    schema: {
      tags,
      summary: 'Editorial pillars and their share of posts',
      params: workspaceParamsSchema,
      body: setPillarsBodySchema,
      response: { 200: strategyViewSchema },
    },
    handler: (request) => strategyService.setPillars(request.params.workspaceId, request.body),
  });

  app.get('/api/workspaces/:workspaceId/personas', {
    config: read,
    schema: { tags, params: workspaceParamsSchema, response: { 200: z.array(personaSchema) } },
    handler: (request) => personasService.listPersonas(request.params.workspaceId),
  });
  app.post('/api/workspaces/:workspaceId/personas', {
    config: manage,
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: personaBodySchema,
      response: { 201: personaSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await personasService.createPersona(request.params.workspaceId, request.body));
    },
  });
  app.patch('/api/workspaces/:workspaceId/personas/:personaId', {
    config: manage,
    schema: {
      tags,
      params: personaParamsSchema,
      body: updatePersonaBodySchema,
      response: { 200: personaSchema },
    },
    handler: (request) =>
      personasService.updatePersona(request.params.workspaceId, request.params.personaId, request.body),
  });
  app.delete('/api/workspaces/:workspaceId/personas/:personaId', {
    config: manage,
    schema: { tags, params: personaParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await personasService.deletePersona(request.params.workspaceId, request.params.personaId);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/workspaces/:workspaceId/objectives', {
    config: read,
    schema: {
      tags,
      summary: 'Objectives with their KPIs and progress',
      params: workspaceParamsSchema,
      response: { 200: objectivesViewSchema },
    },
    handler: (request) => objectivesService.getObjectives(request.params.workspaceId),
  });
  app.post('/api/workspaces/:workspaceId/objectives', {
    config: manage,
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: objectiveBodySchema,
      response: { 201: objectiveSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await objectivesService.createObjective(request.params.workspaceId, request.body));
    },
  });
  app.patch('/api/workspaces/:workspaceId/objectives/:objectiveId', {
    config: manage,
    schema: {
      tags,
      params: objectiveParamsSchema,
      body: updateObjectiveBodySchema,
      response: { 200: objectiveSchema },
    },
    handler: (request) =>
      objectivesService.updateObjective(request.params.workspaceId, request.params.objectiveId, request.body),
  });
  app.delete('/api/workspaces/:workspaceId/objectives/:objectiveId', {
    config: manage,
    schema: {
      tags,
      summary: 'Delete an objective and its KPIs',
      params: objectiveParamsSchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      await objectivesService.deleteObjective(request.params.workspaceId, request.params.objectiveId);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/workspaces/:workspaceId/kpis', {
    config: manage,
    schema: { tags, params: workspaceParamsSchema, body: createKpiBodySchema, response: { 201: kpiSchema } },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await objectivesService.createKpi(request.params.workspaceId, request.body));
    },
  });
  app.patch('/api/workspaces/:workspaceId/kpis/:kpiId', {
    config: manage,
    schema: {
      tags,
      summary: 'Edit a KPI or type in its actual value',
      params: kpiParamsSchema,
      body: updateKpiBodySchema,
      response: { 200: kpiSchema },
    },
    handler: (request) =>
      objectivesService.updateKpi(request.params.workspaceId, request.params.kpiId, request.body),
  });
  app.delete('/api/workspaces/:workspaceId/kpis/:kpiId', {
    config: manage,
    schema: { tags, params: kpiParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await objectivesService.deleteKpi(request.params.workspaceId, request.params.kpiId);
      return reply.status(204).send(null);
    },
  });
};
