import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  administratorParamsSchema,
  failedJobParamsSchema,
  grantAdministratorBodySchema,
  instanceAccessSchema,
  instanceAdministratorSchema,
  instanceBackupsSchema,
  instanceJobsSchema,
} from '../../../contracts/instance.js';
import { requireUser } from '../../platform/access.js';
import { conflict, notFound, unprocessable } from '../../platform/problem.js';
import type { BackupsService } from './backups.service.js';
import type { InstanceAdministratorsRepository } from './instance-administrators.repository.js';
import type { InstanceJobsService } from './instance-jobs.service.js';

const tags = ['instance'];
const admin = { access: 'instance-admin' as const };

/** The Instance page: background jobs and who administers the instance. */
export const instanceRoutes: FastifyPluginAsyncZod<{
  instanceJobsService: InstanceJobsService;
  instanceAdministratorsRepository: InstanceAdministratorsRepository;
  backupsService: BackupsService;
}> = async (
  app,
  { instanceJobsService, instanceAdministratorsRepository: administrators, backupsService },
) => {
  app.get('/api/instance/access', {
    config: { access: 'user' },
    schema: { tags, summary: 'Whether I administer this instance', response: { 200: instanceAccessSchema } },
    handler: async (request) => ({
      isAdministrator: await administrators.isAdministrator(requireUser(request).id),
    }),
  });

  app.get('/api/instance/jobs', {
    config: admin,
    schema: { tags, summary: 'Worker, queues and failed jobs', response: { 200: instanceJobsSchema } },
    handler: () => instanceJobsService.readJobs(),
  });

  app.post('/api/instance/failed-jobs/:jobId/retry', {
    config: admin,
    schema: { tags, summary: 'Run a failed job again, with all its tries', params: failedJobParamsSchema },
    async handler(request, reply) {
      await instanceJobsService.retryFailedJob(request.params.jobId);
      return reply.status(204).send();
    },
  });

  app.delete('/api/instance/failed-jobs/:jobId', {
    config: admin,
    schema: { tags, summary: 'Discard a failed job', params: failedJobParamsSchema },
    async handler(request, reply) {
      await instanceJobsService.discardFailedJob(request.params.jobId);
      return reply.status(204).send();
    },
  });

  app.get('/api/instance/backups', {
    config: admin,
    schema: {
      tags,
      summary: 'Backups: where, when, the last run and those kept',
      response: { 200: instanceBackupsSchema },
    },
    handler: () => backupsService.readBackups(),
  });

  app.post('/api/instance/backups', {
    config: admin,
    schema: { tags, summary: 'Back up now (a job; the list shows it when done)' },
    async handler(_request, reply) {
      await backupsService.requestBackup();
      return reply.status(202).send();
    },
  });

  app.get('/api/instance/administrators', {
    config: admin,
    schema: { tags, response: { 200: z.array(instanceAdministratorSchema) } },
    handler: async () =>
      (await administrators.list()).map((row) => ({ ...row, grantedAt: row.grantedAt.toISOString() })),
  });

  app.post('/api/instance/administrators', {
    config: admin,
    schema: {
      tags,
      summary: 'Make an existing account an administrator',
      body: grantAdministratorBodySchema,
    },
    async handler(request, reply) {
      const granted = await administrators.grantByEmail(request.body.email, requireUser(request).id);
      if (!granted) throw unprocessable('unknown_account', { email: request.body.email }, ['email']);
      return reply.status(204).send();
    },
  });

  app.delete('/api/instance/administrators/:userId', {
    config: admin,
    schema: { tags, params: administratorParamsSchema },
    async handler(request, reply) {
      const outcome = await administrators.revoke(request.params.userId);
      if (outcome === 'absent') throw notFound();
      if (outcome === 'last') throw conflict('last_instance_administrator');
      return reply.status(204).send();
    },
  });
};
