import { mkdirSync } from 'node:fs';
import { writeEmbeddedBackup } from '../platform/backup/embedded-backup.js';
import { createDb } from '../platform/db.js';

/**
 * A process that backs up the PGlite directory PROOF_DATA_DIR into PROOF_BACKUP_DIR again and
 * again, for the SIGKILL proof (platform/backup/backup-kill.db.test.ts). Says "backed-up <name>"
 * on stdout after each complete backup.
 */
const dataDir = process.env.PROOF_DATA_DIR as string;
const backupDir = process.env.PROOF_BACKUP_DIR as string;
mkdirSync(dataDir, { recursive: true });
const database = await createDb({ dataDir });
const pglite = database.pglite;
if (!pglite) throw new Error('needs the embedded database');
for (let round = 0; ; round++) {
  const written = await writeEmbeddedBackup({
    pglite,
    backupDir,
    cadenceVersion: 'proof',
    now: new Date(Date.UTC(2026, 11, 1) + round * 1000),
  });
  console.log(`backed-up ${written.name}`);
}
