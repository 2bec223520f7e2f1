import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import { betterAuth } from 'better-auth/minimal';
import type { Db } from '../../platform/db.js';
import { toLoggableArguments } from '../../platform/loggable-error.js';
import type { Mailer } from '../../platform/mail.js';
import { type AccountDeletion, WorkspaceNeedsOwnerError } from '../account/account-deletion.js';
import { existingAccountSignUpMail, mailLocaleOf, passwordResetMail } from '../account/account-mails.js';
import { account, rateLimit, session, user, verification } from './auth.table.js';
import { checkPasswordRules } from './password-hook.js';

export type AuthOptions = {
  db: Db;
  secret: string;
  baseUrl: string;
  trustedOrigins: string[];
  loginAttemptsPerMinute: number;
  mailer: Mailer;
  accountDeletion: AccountDeletion;
  /**
   * Where a password-reset link goes. By default it is mailed when SMTP is configured and dropped
   * otherwise (a bearer link never goes to the log); the administrator's command takes it instead.
   */
  deliverPasswordResetLink?: (link: {
    email: string;
    url: string;
    request: Request | undefined;
  }) => Promise<void>;
  /** Where better-auth's own log lines go; their arguments are scrubbed of request values. */
  log?: (level: 'debug' | 'info' | 'warn' | 'error', message: string, details: unknown[]) => void;
  /** After an account is created (the instance module makes the first one its administrator). */
  onUserCreated?: (userId: string) => Promise<void>;
};

/**
 * better-auth does the sensitive parts (password hashing, sessions, cookies, CSRF origin checks,
 * reset tokens); Cadence decides the rules: passwords of 8 to 128 characters (OWASP) that are not
 * among the most common ones nor the account's address, sessions kept in the database, sign-in
 * attempts limited per client in the database so every process shares the count.
 *
 * Sign-up does not sign in by itself (`autoSignIn: false`): that is what lets better-auth answer a
 * sign-up for an address already registered exactly as for a new one (and mail its owner); the
 * web signs in right after.
 */
export function createAuth(options: AuthOptions) {
  const { mailer } = options;
  const deliverPasswordResetLink =
    options.deliverPasswordResetLink ??
    (async ({ email, url, request }) => {
      if (mailer.isConfigured) await mailer.send(passwordResetMail(mailLocaleOf(request), email, url));
    });
  return betterAuth({
    appName: 'Cadence',
    secret: options.secret,
    baseURL: options.baseUrl,
    basePath: '/api/auth',
    trustedOrigins: options.trustedOrigins,
    database: drizzleAdapter(options.db, {
      provider: 'pg',
      schema: { user, session, account, verification, rateLimit },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: ({ user: owner, url }, request) =>
        deliverPasswordResetLink({ email: owner.email, url, request }),
      onExistingUserSignUp: async ({ user: owner }, request) => {
        if (mailer.isConfigured)
          await mailer.send(existingAccountSignUpMail(mailLocaleOf(request), owner.email, options.baseUrl));
      },
    },
    user: {
      deleteUser: {
        enabled: true,
        beforeDelete: async (owner) => {
          try {
            await options.accountDeletion.prepareDeletion(owner.id);
          } catch (error) {
            if (error instanceof WorkspaceNeedsOwnerError)
              throw new APIError('CONFLICT', { code: 'WORKSPACE_NEEDS_OWNER', message: error.message });
            throw error;
          }
        },
      },
    },
    hooks: { before: checkPasswordRules },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: options.loginAttemptsPerMinute },
        '/sign-up/email': { window: 60, max: options.loginAttemptsPerMinute },
        '/request-password-reset': { window: 60, max: options.loginAttemptsPerMinute },
        '/change-password': { window: 60, max: options.loginAttemptsPerMinute },
        '/delete-user': { window: 60, max: options.loginAttemptsPerMinute },
      },
    },
    telemetry: { enabled: false },
    logger: {
      log: (level, message, ...args) => options.log?.(level, message, toLoggableArguments(args)),
    },
    databaseHooks: {
      user: {
        create: {
          async after(created) {
            await options.onUserCreated?.(created.id);
          },
        },
      },
    },
    advanced: {
      database: { generateId: () => crypto.randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
