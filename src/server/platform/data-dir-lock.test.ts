import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, identifyProcess, lockDataDir } from './data-dir-lock.js';

let dataDir: string;
let other: ChildProcess;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cadence-lock-'));
  // Some process alive while the test runs, unrelated to Cadence.
  other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
});
afterEach(() => {
  other.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const writeLock = (content: unknown) =>
  writeFileSync(path.join(dataDir, 'cadence.lock'), JSON.stringify(content));

describe('data directory lock', () => {
  it('refuses a second start while the Cadence that holds the lock runs', () => {
    const pid = other.pid as number;
    writeLock({ pid, identity: identifyProcess(pid) });
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
  });

  // After a crash and a reboot, the dead Cadence's pid belonged to some other process: start-up
  // refused for ever ("in use by another Cadence process") until someone deleted the file.
  it.runIf(identifyProcess(process.pid) !== null)(
    'takes over a lock whose pid now belongs to an unrelated process',
    () => {
      writeLock({ pid: other.pid, identity: 'another-boot:12345' });
      const release = lockDataDir(dataDir);
      expect(JSON.parse(readFileSync(path.join(dataDir, 'cadence.lock'), 'utf8')).pid).toBe(process.pid);
      release();
    },
  );

  it('takes over a lock left by a dead process or unreadable', () => {
    writeLock({ pid: 2 ** 22 + 7, identity: null });
    lockDataDir(dataDir)();
    writeFileSync(path.join(dataDir, 'cadence.lock'), 'garbage');
    lockDataDir(dataDir)();
  });
});
