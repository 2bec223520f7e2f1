import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cutBackTimerBodySchema,
  startTimerBodySchema,
  stoppedTimerSchema,
  timeEntrySchema,
  timerStateSchema,
  trackingSettingsSchema,
  updateTrackingSettingsBodySchema,
} from '../../../contracts/tracking.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireMembership } from '../../platform/access.js';
import type { TimerService } from './timer.service.js';

const tags = ['tracking'];

export const timerRoutes: FastifyPluginAsyncZod<{ timerService: TimerService }> = async (
  app,
  { timerService },
) => {
  app.get('/api/workspaces/:workspaceId/timer', {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'My running timer (state is in the database: it survives reloads and devices)',
      params: workspaceParamsSchema,
      response: { 200: timerStateSchema },
    },
    handler: (request) => timerService.getTimer(requireMembership(request)),
  });

  app.post('/api/workspaces/:workspaceId/timer/start', {
    config: { access: { workspace: 'write' } },
    schema: {
      tags,
      summary: 'Start a timer; my running one (in any workspace) stops in the same transaction',
      params: workspaceParamsSchema,
      body: startTimerBodySchema,
      response: { 200: timerStateSchema },
    },
    handler: (request) => timerService.startTimer(requireMembership(request), request.body),
  });

  app.post('/api/workspaces/:workspaceId/timer/stop', {
    config: { access: { workspace: 'write' } },
    schema: {
      tags,
      summary: 'Stop my running timer now',
      params: workspaceParamsSchema,
      response: { 200: stoppedTimerSchema },
    },
    handler: (request) => timerService.stopTimer(requireMembership(request)),
  });

  app.post('/api/workspaces/:workspaceId/timer/cut-back', {
    config: { access: { workspace: 'write' } },
    schema: {
      tags,
      summary: 'Stop a forgotten timer at the time I really stopped',
      params: workspaceParamsSchema,
      body: cutBackTimerBodySchema,
      response: { 200: timeEntrySchema },
    },
    handler: (request) => timerService.cutBackTimer(requireMembership(request), request.body.endedAt),
  });

  app.get('/api/workspaces/:workspaceId/tracking/settings', {
    config: { access: { workspace: 'read' } },
    schema: { tags, params: workspaceParamsSchema, response: { 200: trackingSettingsSchema } },
    handler: (request) => timerService.getSettings(request.params.workspaceId),
  });

  app.patch('/api/workspaces/:workspaceId/tracking/settings', {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary: 'After how long a running timer is flagged as forgotten',
      params: workspaceParamsSchema,
      body: updateTrackingSettingsBodySchema,
      response: { 200: trackingSettingsSchema },
    },
    handler: (request) => timerService.updateSettings(request.params.workspaceId, request.body),
  });
};
