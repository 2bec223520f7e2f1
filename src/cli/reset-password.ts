import {
  createPasswordResetLink,
  UnknownAccountError,
} from '../server/modules/account/admin-password-reset.js';
import { loadConfig } from '../server/platform/config.js';
import { createDb, DataDirLockedError } from '../server/platform/db.js';

/**
 * `cadence reset-password person@example.com` (or `npm run reset-password -- …`): prints a one-time
 * link (valid one hour) that lets the person choose a new password, for servers that send no mail.
 * With the embedded database the server must be stopped first (one process at a time); with
 * PostgreSQL it may keep running.
 */
export async function resetPassword(email: string | undefined): Promise<void> {
  if (!email?.includes('@')) {
    console.error('Usage: cadence reset-password person@example.com');
    process.exit(2);
  }
  const { config } = loadConfig();
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { url, name } = await createPasswordResetLink({
      db: database.db,
      secret: config.secret,
      baseUrl: config.baseUrl,
      email,
    });
    console.log(`One-time link for ${name} <${email.trim().toLowerCase()}>, valid for one hour:`);
    console.log(`  ${url}`);
    console.log('Send it to them privately. Choosing a new password there signs them out everywhere.');
  } finally {
    await database.close();
  }
}

/** What an administrator reads when the reset cannot be made. */
export function describeResetFailure(error: unknown): string {
  if (error instanceof DataDirLockedError)
    return `${error.message}\nStop Cadence first, then run this again.`;
  if (error instanceof UnknownAccountError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
