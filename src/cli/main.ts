#!/usr/bin/env node
import type { Role } from '../server/process.js';

const usage = `Usage: cadence <command>

Commands:
  start    web server and job worker (CADENCE_ROLE=web|worker|all chooses, PostgreSQL only)
  web      the web server alone (PostgreSQL only: DATABASE_URL)
  worker   the job worker alone (PostgreSQL only: DATABASE_URL)
  reset-password <email>
           prints a one-time link to choose a new password (for servers that send no mail;
           stop Cadence first on the embedded database)
  backup [folder]
           backs up the embedded database (stopped instance; a running one backs itself up)
  restore <backup folder>
           restores a backup into the data directory (stop Cadence first; the old one is kept)
  move-to-postgres <DATABASE_URL>
           copies the embedded instance into an empty PostgreSQL database and verifies it
  help     this text

Settings are read from the environment (PORT, DATABASE_URL, CADENCE_DATA_DIR, …): see README.md.`;

const roles: Record<string, Role | undefined> = { web: 'web', worker: 'worker' };

/** The `cadence` command that package.json's `bin` installs. */
async function main(argv: string[]): Promise<void> {
  const [command = 'start'] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(usage);
    return;
  }
  if (command === 'start') return start();
  // Each command loads what it needs: `start` must not pay for the others' modules.
  if (command === 'reset-password') {
    const { describeResetFailure, resetPassword } = await import('./reset-password.js');
    return resetPassword(argv[1]).catch((error: unknown) => {
      console.error(describeResetFailure(error));
      process.exit(1);
    });
  }
  if (command === 'backup') return (await import('./backup.js')).backupCommand(argv[1]);
  if (command === 'restore') return (await import('./backup.js')).restoreCommand(argv[1]);
  if (command === 'move-to-postgres') return (await import('./backup.js')).moveToPostgresCommand(argv[1]);
  const role = roles[command];
  if (!role) {
    console.error(`Unknown command "${command}".\n\n${usage}`);
    process.exit(2);
  }
  return start(role);
}

/**
 * Starts through main.js, as `npm start` does: in dist/ it is the bundled server (one file instead
 * of ~1,000 modules to resolve and compile, see scripts/bundle-server.mjs), and it holds the young
 * generation small while the process starts.
 */
async function start(role?: Role): Promise<void> {
  if (role) process.env.CADENCE_ROLE = role;
  await import('../server/main.js');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
