import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { betterAuth } from 'better-auth/minimal';
import type { Db } from '../../platform/db.js';
import { account, rateLimit, session, user, verification } from './auth.table.js';

export type AuthOptions = {
  db: Db;
  secret: string;
  baseUrl: string;
  trustedOrigins: string[];
  loginAttemptsPerMinute: number;
  /** After an account is created (the instance module makes the first one its administrator). */
  onUserCreated?: (userId: string) => Promise<void>;
};

/**
 * better-auth does the sensitive parts (password hashing, sessions, cookies, CSRF origin checks);
 * Cadence only decides the rules: passwords of 8 to 128 characters (OWASP), sessions kept in the
 * database, sign-in attempts limited per client in the database so every process shares the count.
 */
export function createAuth(options: AuthOptions) {
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
      autoSignIn: true,
    },
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
      },
    },
    telemetry: { enabled: false },
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
