import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {}

/** What the lock file says: who holds the directory, and which process that pid was then. */
type LockOwner = { pid: number; identity: string | null };

/**
 * Which process a pid names, beyond the number: on Linux, the boot and the process's start time
 * (`/proc`). After a reboot or a crash, a pid is soon reused by some unrelated process; the
 * identity tells it from the Cadence that wrote the lock. Null where `/proc` does not exist.
 */
export function identifyProcess(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses); starttime is field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${bootId}:${fields[19]}`;
  } catch {
    return null;
  }
}

function readOwner(lockFile: string): LockOwner | null {
  const text = readFileSync(lockFile, 'utf8').trim();
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed === 'number') return { pid: parsed, identity: null };
    if (Number.isInteger(parsed.pid)) return { pid: parsed.pid as number, identity: parsed.identity ?? null };
  } catch {
    // Unreadable: whoever wrote it is not a Cadence holding the directory now.
  }
  return null;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock's writer still runs: its pid is alive and, where it can be told, the same process. */
function isHeldByLiveProcess(owner: LockOwner): boolean {
  if (owner.pid === process.pid || !isProcessAlive(owner.pid)) return false;
  if (owner.identity === null) return true;
  const current = identifyProcess(owner.pid);
  return current === null || current === owner.identity;
}

/**
 * PGlite is one connection in one process: a second process on the same directory silently loses
 * writes. An exclusive lock file refuses the second start; a lock left by a dead process, or whose
 * pid now belongs to another process, is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'cadence.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const descriptor = openSync(lockFile, 'wx');
      writeSync(descriptor, JSON.stringify({ pid: process.pid, identity: identifyProcess(process.pid) }));
      closeSync(descriptor);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      if (owner && isHeldByLiveProcess(owner)) {
        throw new DataDirLockedError(
          `The data directory ${dataDir} is in use by another Cadence process (pid ${owner.pid}). ` +
            'The embedded database allows one process at a time: stop the other one first, or use PostgreSQL (DATABASE_URL).',
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dataDir}.`);
}
