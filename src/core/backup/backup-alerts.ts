/** The newest backup notification already told (any administrator's), or null. */
export type LatestBackupAlert = { kind: 'backup_failed' | 'backup_recovered'; subjectKey: string } | null;

export type BackupAlert = { kind: 'backup_failed' | 'backup_recovered'; subjectKey: string } | null;

/**
 * What to tell the administrators after a backup run: the first failure of a streak opens it
 * (keyed by when it began), later failures of the same streak reuse its key (so nobody is told
 * twice), and the first success after it says backups work again, under the same key. A success
 * outside a streak says nothing.
 */
export function decideBackupAlert(
  latest: LatestBackupAlert,
  outcome: { status: 'succeeded' | 'failed'; startedAt: string },
): BackupAlert {
  const isStreakOpen = latest?.kind === 'backup_failed';
  if (outcome.status === 'failed')
    return {
      kind: 'backup_failed',
      subjectKey: isStreakOpen ? latest.subjectKey : `backup-failing-since:${outcome.startedAt}`,
    };
  return isStreakOpen ? { kind: 'backup_recovered', subjectKey: latest.subjectKey } : null;
}
