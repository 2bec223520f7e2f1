import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { findPasswordRefusal } from '../../../core/account/index.js';

type Body = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The address of the account whose password is being set, wherever the request names it. */
async function accountEmail(ctx: Parameters<Parameters<typeof createAuthMiddleware>[0]>[0], body: Body) {
  if (ctx.path === '/sign-up/email') return text(body.email);
  if (ctx.path === '/change-password') return (await getSessionFromCtx(ctx))?.user.email;
  const token = text(body.token) ?? text((ctx.query as Body | undefined)?.token);
  if (!token) return undefined;
  const verification = await ctx.context.internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!verification) return undefined;
  return (await ctx.context.internalAdapter.findUserById(verification.value))?.email;
}

/**
 * Before better-auth sets a password (sign-up, change, reset), refuse the common ones and the
 * account's own address; a change of password always ends the person's other sessions, and
 * deleting the account always asks for the password, whatever the client sends.
 */
export const checkPasswordRules = createAuthMiddleware(async (ctx) => {
  const body = (ctx.body ?? {}) as Body;
  if (ctx.path === '/delete-user' && !text(body.password))
    throw new APIError('BAD_REQUEST', {
      code: 'PASSWORD_REQUIRED',
      message: 'Type your password to delete your account.',
    });
  const password =
    ctx.path === '/sign-up/email'
      ? text(body.password)
      : ctx.path === '/change-password' || ctx.path === '/reset-password'
        ? text(body.newPassword)
        : undefined;
  if (password === undefined) return;
  const refusal = findPasswordRefusal(password, await accountEmail(ctx, body));
  if (refusal === 'common')
    throw new APIError('BAD_REQUEST', {
      code: 'PASSWORD_TOO_COMMON',
      message: 'This password is among the most common ones: choose another.',
    });
  if (refusal === 'email')
    throw new APIError('BAD_REQUEST', {
      code: 'PASSWORD_IS_EMAIL',
      message: 'The password may not be your email address.',
    });
  if (ctx.path === '/change-password') return { context: { body: { ...body, revokeOtherSessions: true } } };
});
