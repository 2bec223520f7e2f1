/**
 * Which backups to keep: the newest of each of the last `keepDaily` days that have one, and the
 * newest of each of the last `keepWeekly` ISO weeks that have one (days and weeks in the
 * instance's zone). The three newest backups are always kept, whatever their day and the
 * settings: a backup taken before an upgrade survives the one taken after it the same day.
 */
export type BackupStamp = { name: string; createdAt: Date };
export type RetentionPolicy = { keepDaily: number; keepWeekly: number; timeZone: string };

/** However the policy is set, so that one bad backup never leaves only itself. */
const alwaysKept = 3;

export function backupsToKeep(backups: readonly BackupStamp[], policy: RetentionPolicy): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, alwaysKept).map((backup) => backup.name));
  keepNewestPerPeriod(newestFirst, policy.keepDaily, (at) => localDate(at, policy.timeZone), keep);
  keepNewestPerPeriod(newestFirst, policy.keepWeekly, (at) => isoWeek(localDate(at, policy.timeZone)), keep);
  return keep;
}

function keepNewestPerPeriod(
  newestFirst: readonly BackupStamp[],
  periods: number,
  periodOf: (at: Date) => string,
  keep: Set<string>,
): void {
  const seen = new Set<string>();
  for (const backup of newestFirst) {
    const period = periodOf(backup.createdAt);
    if (seen.has(period)) continue;
    if (seen.size >= periods) return;
    seen.add(period);
    keep.add(backup.name);
  }
}

/** YYYY-MM-DD of an instant in a zone. */
function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
}

/** "2026-W49": the ISO week (Monday first; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstWeekMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000;
  const week = Math.floor((thursday.getTime() - firstWeekMonday) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
