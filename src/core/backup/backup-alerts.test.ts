import { describe, expect, it } from 'vitest';
import { decideBackupAlert } from './backup-alerts.js';

const failed = (startedAt: string) => ({ status: 'failed' as const, startedAt });
const succeeded = { status: 'succeeded' as const, startedAt: '2026-12-05T03:00:00Z' };

describe('decideBackupAlert', () => {
  it('opens a streak on the first failure and keeps its key while it fails', () => {
    const first = decideBackupAlert(null, failed('2026-12-01T03:00:00Z'));
    expect(first).toEqual({ kind: 'backup_failed', subjectKey: 'backup-failing-since:2026-12-01T03:00:00Z' });
    const again = decideBackupAlert(first, failed('2026-12-02T03:00:00Z'));
    expect(again).toEqual(first);
  });

  it('says backups work again once, under the streak key, and nothing after a success', () => {
    const streak = { kind: 'backup_failed' as const, subjectKey: 'backup-failing-since:x' };
    const recovered = decideBackupAlert(streak, succeeded);
    expect(recovered).toEqual({ kind: 'backup_recovered', subjectKey: 'backup-failing-since:x' });
    expect(decideBackupAlert(recovered, succeeded)).toBeNull();
    expect(decideBackupAlert(null, succeeded)).toBeNull();
  });

  it('opens a new streak after a recovery', () => {
    const recovered = { kind: 'backup_recovered' as const, subjectKey: 'backup-failing-since:x' };
    expect(decideBackupAlert(recovered, failed('2026-12-09T03:00:00Z'))).toEqual({
      kind: 'backup_failed',
      subjectKey: 'backup-failing-since:2026-12-09T03:00:00Z',
    });
  });
});
