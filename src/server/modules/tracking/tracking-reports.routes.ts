import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  plannedVsActualSchema,
  setTimesheetCellBodySchema,
  timesheetSchema,
  trendQuerySchema,
  trendSchema,
  weekQuerySchema,
} from '../../../contracts/tracking.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { PlannedVsActualService } from './planned-vs-actual.service.js';
import type { TimesheetService } from './timesheet.service.js';

const tags = ['tracking'];

export const trackingReportsRoutes: FastifyPluginAsyncZod<{
  timesheetService: TimesheetService;
  plannedVsActualService: PlannedVsActualService;
}> = async (app, { timesheetService, plannedVsActualService }) => {
  app.get('/api/workspaces/:workspaceId/timesheet', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: "A member's week: categories × 7 local days, in seconds (mine by default)",
      params: workspaceParamsSchema,
      querystring: weekQuerySchema,
      response: { 200: timesheetSchema },
    },
    handler: (request) =>
      timesheetService.getTimesheet(
        request.params.workspaceId,
        request.query.userId ?? requireMembership(request).userId,
        request.query.weekStart,
      ),
  });

  app.put('/api/workspaces/:workspaceId/timesheet/cell', {
    config: { access: { workspace: 'write' } },
    schema: {
      tags,
      summary: "Type a day's total for a category; only time typed in the grid is resized",
      params: workspaceParamsSchema,
      body: setTimesheetCellBodySchema,
      response: { 200: timesheetSchema },
    },
    handler: (request) => timesheetService.setCell(requireMembership(request), request.body),
  });

  app.get('/api/workspaces/:workspaceId/planned-vs-actual', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Budget, routine and tracked time per category for one week, with its cost',
      params: workspaceParamsSchema,
      querystring: weekQuerySchema,
      response: { 200: plannedVsActualSchema },
    },
    handler: (request) => plannedVsActualService.getWeek(request.params.workspaceId, request.query),
  });

  app.get('/api/workspaces/:workspaceId/planned-vs-actual/trend', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'Week by week (12 by default): budget, routine, tracked time and cost',
      params: workspaceParamsSchema,
      querystring: trendQuerySchema,
      response: { 200: trendSchema },
    },
    handler: (request) => plannedVsActualService.getTrend(request.params.workspaceId, request.query),
  });
};
