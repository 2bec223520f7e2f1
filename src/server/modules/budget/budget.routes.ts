import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agencyBudgetsSchema,
  applyPresetBodySchema,
  budgetViewSchema,
  categoryParamsSchema,
  categorySchema,
  createCategoryBodySchema,
  createWorkOptionBodySchema,
  performerSchema,
  referenceCategoryKeySchema,
  reorderCategoriesBodySchema,
  setBudgetBodySchema,
  updateCategoryBodySchema,
  updateWorkOptionBodySchema,
  workOptionParamsSchema,
  workOptionSchema,
} from '../../../contracts/budget.js';
import { emptyResponseSchema } from '../../../contracts/common.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireUser } from '../../platform/access.js';
import type { WorkspacesService } from '../workspaces/workspaces.service.js';
import type { BudgetService } from './budget.service.js';
import type { CategoriesService } from './categories.service.js';
import type { WorkOptionsService } from './work-options.service.js';

const tags = ['budget'];

export const budgetRoutes: FastifyPluginAsyncZod<{
  budgetService: BudgetService;
  categoriesService: CategoriesService;
  workOptionsService: WorkOptionsService;
  workspacesService: WorkspacesService;
}> = async (app, { budgetService, categoriesService, workOptionsService, workspacesService }) => {
  app.get('/api/workspaces/:workspaceId/categories', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Task categories, reference ones first',
      params: workspaceParamsSchema,
      querystring: z.object({ includeArchived: z.enum(['true', 'false']).default('false') }),
      response: { 200: z.array(categorySchema) },
    },
    handler: (request) =>
      categoriesService.listCategories(request.params.workspaceId, request.query.includeArchived === 'true'),
  });

  app.post('/api/workspaces/:workspaceId/categories', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Add a category of my own',
      params: workspaceParamsSchema,
      body: createCategoryBodySchema,
      response: { 201: categorySchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await categoriesService.createCategory(request.params.workspaceId, request.body));
    },
  });

  app.put('/api/workspaces/:workspaceId/categories/order', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Order the categories: every one of them, archived included, in the wanted order',
      params: workspaceParamsSchema,
      body: reorderCategoriesBodySchema,
      response: { 200: z.array(categorySchema) },
    },
    handler: (request) =>
      categoriesService.reorderCategories(request.params.workspaceId, request.body.categoryIds),
  });

  app.patch('/api/workspaces/:workspaceId/categories/:categoryId', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Rename, recolour, archive or restore a category',
      params: categoryParamsSchema,
      body: updateCategoryBodySchema,
      response: { 200: categorySchema },
    },
    handler: (request) =>
      categoriesService.updateCategory(request.params.workspaceId, request.params.categoryId, request.body),
  });

  app.get('/api/workspaces/:workspaceId/budget', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Weekly budget, presets, cost and who-does-it comparison',
      params: workspaceParamsSchema,
      response: { 200: budgetViewSchema },
    },
    handler: (request) => budgetService.getBudgetView(request.params.workspaceId),
  });

  app.put('/api/workspaces/:workspaceId/budget', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Set weekly minutes per category',
      params: workspaceParamsSchema,
      body: setBudgetBodySchema,
      response: { 200: budgetViewSchema },
    },
    handler: (request) => budgetService.setBudget(request.params.workspaceId, request.body),
  });

  app.post('/api/workspaces/:workspaceId/budget/preset', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Apply a reference budget (6 h, 10 h or 28 h a week)',
      params: workspaceParamsSchema,
      body: applyPresetBodySchema,
      response: {
        200: budgetViewSchema.extend({
          notApplied: z.array(
            z.object({
              referenceKey: referenceCategoryKeySchema,
              minutes: z.number().int(),
              reason: z.enum(['archived', 'missing']),
            }),
          ),
        }),
      },
    },
    handler: (request) =>
      budgetService.applyPreset(
        request.params.workspaceId,
        request.body.preset,
        request.body.userDefinedCategories,
      ),
  });

  app.put('/api/workspaces/:workspaceId/budget/performer', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'Choose who does the budgeted work',
      params: workspaceParamsSchema,
      body: performerSchema,
      response: { 200: budgetViewSchema },
    },
    handler: (request) => budgetService.setPerformer(request.params.workspaceId, request.body),
  });

  app.get('/api/workspaces/:workspaceId/work-options', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Hires, agencies and freelancers to compare with',
      params: workspaceParamsSchema,
      response: { 200: z.array(workOptionSchema) },
    },
    handler: (request) => workOptionsService.listWorkOptions(request.params.workspaceId),
  });

  app.post('/api/workspaces/:workspaceId/work-options', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      params: workspaceParamsSchema,
      body: createWorkOptionBodySchema,
      response: { 201: workOptionSchema },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await workOptionsService.createWorkOption(request.params.workspaceId, request.body));
    },
  });

  app.patch('/api/workspaces/:workspaceId/work-options/:optionId', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      params: workOptionParamsSchema,
      body: updateWorkOptionBodySchema,
      response: { 200: workOptionSchema },
    },
    handler: (request) =>
      workOptionsService.updateWorkOption(request.params.workspaceId, request.params.optionId, request.body),
  });

  app.delete('/api/workspaces/:workspaceId/work-options/:optionId', {
    config: { access: { workspace: 'manage' } },
    schema: { tags, params: workOptionParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await workOptionsService.deleteWorkOption(request.params.workspaceId, request.params.optionId);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/agency/budgets', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Budgets and costs of every workspace I manage, side by side',
      response: { 200: agencyBudgetsSchema },
    },
    handler: async (request) =>
      budgetService.getAgencyBudgets(await workspacesService.listWorkspaces(requireUser(request).id)),
  });
};
