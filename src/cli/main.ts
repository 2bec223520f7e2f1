#!/usr/bin/env node
import { type Role, runCadence } from '../server/process.js';
import { backupCommand, moveToPostgresCommand, restoreCommand } from './backup.js';
import { describeResetFailure, resetPassword } from './reset-password.js';

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
  if (command === 'start') return runCadence();
  if (command === 'reset-password')
    return resetPassword(argv[1]).catch((error: unknown) => {
      console.error(describeResetFailure(error));
      process.exit(1);
    });
  if (command === 'backup') return backupCommand(argv[1]);
  if (command === 'restore') return restoreCommand(argv[1]);
  if (command === 'move-to-postgres') return moveToPostgresCommand(argv[1]);
  const role = roles[command];
  if (!role) {
    console.error(`Unknown command "${command}".\n\n${usage}`);
    process.exit(2);
  }
  return runCadence(role);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
