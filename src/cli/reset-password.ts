import {
  createPasswordResetLink,
  UnknownAccountError,
} from '../server/modules/account/admin-password-reset.js';
import { loadConfig } from '../server/platform/config.js';
import { createDb, DataDirLockedError } from '../server/platform/db.js';

/**
 * `npm run reset-password -- person@example.com`: prints a one-time link (valid one hour) that lets
 * the person choose a new password, for servers that send no mail. With the embedded database the
 * server must be stopped first (one process at a time); with PostgreSQL it may keep running.
 */
async function main() {
  const email = process.argv[2];
  if (!email?.includes('@')) {
    console.error('Usage: npm run reset-password -- person@example.com');
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

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError)
    console.error(`${error.message}\nStop Cadence first, then run this again.`);
  else if (error instanceof UnknownAccountError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
