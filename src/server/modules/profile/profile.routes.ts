import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meSchema, onboardingBodySchema, updateMeBodySchema } from '../../../contracts/me.js';
import { requireUser } from '../../platform/access.js';
import type { ProfileService } from './profile.service.js';

const tags = ['me'];

export const profileRoutes: FastifyPluginAsyncZod<{ profileService: ProfileService }> = async (
  app,
  { profileService },
) => {
  app.get('/api/me', {
    config: { access: 'user' },
    schema: { tags, summary: 'Who I am, my preferences and my workspaces', response: { 200: meSchema } },
    handler: (request) => profileService.getMe(requireUser(request)),
  });

  app.patch('/api/me', {
    config: { access: 'user' },
    schema: { tags, body: updateMeBodySchema, response: { 200: meSchema } },
    handler: (request) => profileService.updateMe(requireUser(request), request.body),
  });

  app.post('/api/onboarding', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'First-run answers: creates the first workspace',
      body: onboardingBodySchema,
      response: { 201: z.object({ workspaceId: z.uuid() }) },
    },
    async handler(request, reply) {
      return reply
        .status(201)
        .send(await profileService.completeOnboarding(requireUser(request), request.body));
    },
  });
};
