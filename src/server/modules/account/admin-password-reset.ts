import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import type { Mailer } from '../../platform/mail.js';
import { createAuth } from '../auth/auth.js';
import { user } from '../auth/auth.table.js';
import { createAccountDeletion } from './account-deletion.js';

export class UnknownAccountError extends Error {}

const silentMailer: Mailer = { isConfigured: false, async send() {} };

/**
 * The administrator's way to reset a password when the server sends no mail: a one-time link made
 * by better-auth's own reset flow (same token, same hour of validity, same page), handed to the
 * administrator instead of mailed. Following it ends every session of the account.
 */
export async function createPasswordResetLink({
  db,
  secret,
  baseUrl,
  email,
}: {
  db: Db;
  secret: string;
  baseUrl: string;
  email: string;
}): Promise<{ url: string; name: string }> {
  const normalised = email.trim().toLowerCase();
  const [account] = await db.select({ name: user.name }).from(user).where(eq(user.email, normalised));
  if (!account) throw new UnknownAccountError(`No Cadence account uses the address ${normalised}.`);
  let link: string | undefined;
  const auth = createAuth({
    db,
    secret,
    baseUrl,
    trustedOrigins: [baseUrl],
    loginAttemptsPerMinute: 10,
    mailer: silentMailer,
    accountDeletion: createAccountDeletion(db),
    deliverPasswordResetLink: async ({ url }) => {
      link = url;
    },
  });
  await auth.api.requestPasswordReset({
    body: { email: normalised, redirectTo: `${baseUrl}/reset-password` },
  });
  if (!link) throw new Error('better-auth made no reset link');
  return { url: link, name: account.name };
}
