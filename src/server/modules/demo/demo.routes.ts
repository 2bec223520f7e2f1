import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localeSchema, timeZoneSchema } from '../../../contracts/common.js';
import { requireUser } from '../../platform/access.js';
import type { DemoService } from './demo.service.js';

export const demoRoutes: FastifyPluginAsyncZod<{ demoService: DemoService }> = async (
  app,
  { demoService },
) => {
  app.post('/api/demo-workspace', {
    config: { access: 'user' },
    schema: {
      tags: ['demo'],
      summary: 'Create a demo workspace with realistic data, owned by me',
      body: z.object({
        locale: localeSchema.default('fr'),
        timeZone: timeZoneSchema.default('Europe/Paris'),
      }),
      response: { 201: z.object({ workspaceId: z.uuid() }) },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await demoService.createDemoWorkspace(requireUser(request), request.body));
    },
  });
};
