import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountDeletionPlanSchema, passwordResetOptionsSchema } from '../../../contracts/account.js';
import { requireUser } from '../../platform/access.js';
import type { AccountDeletion } from './account-deletion.js';

const tags = ['me'];

/** What the account pages ask before acting; the acts themselves are better-auth's /api/auth routes. */
export const accountRoutes: FastifyPluginAsyncZod<{
  accountDeletion: AccountDeletion;
  isMailConfigured: boolean;
}> = async (app, { accountDeletion, isMailConfigured }) => {
  app.get('/api/me/account-deletion', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'What deleting my account would do to each of my workspaces',
      response: { 200: accountDeletionPlanSchema },
    },
    handler: (request) => accountDeletion.planDeletion(requireUser(request).id),
  });

  app.get('/api/password-reset', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Whether a forgotten password is reset by mail here, or by the administrator',
      response: { 200: passwordResetOptionsSchema },
    },
    handler: async () => ({ byMail: isMailConfigured }),
  });
};
