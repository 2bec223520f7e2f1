import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meSchema, onboardingBodySchema, sessionSchema, updateMeBodySchema } from '../../../contracts/me.js';
import { type AccessDependencies, requireUser } from '../../platform/access.js';
import type { ProfileService } from './profile.service.js';

const tags = ['me'];

export const profileRoutes: FastifyPluginAsyncZod<{
  profileService: ProfileService;
  findUserBySession: AccessDependencies['findUserBySession'];
}> = async (app, { profileService, findUserBySession }) => {
  // What the web app asks first, signed in or not: a visitor gets `{ me: null }`, not a 401 the
  // browser would log as an error on the sign-in page. /api/me keeps its 401 for API clients.
  app.get('/api/session', {
    config: { access: 'public' },
    schema: { tags, summary: 'Who is signed in, or null', response: { 200: sessionSchema } },
    async handler(request, reply) {
      const user = await findUserBySession(request, reply);
      return { me: user ? await profileService.getMe(user) : null };
    },
  });

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
