/**
 * The method's first steps, in order (domain.md): a strategy, a time budget, a weekly routine,
 * the routine in one's own calendar, and a first tracked hour. The overview shows them as a
 * checklist while a workspace is new, each leading to the page where it is done.
 */
export const setupStepKeys = ['strategy', 'budget', 'routine', 'calendar', 'tracking'] as const;
export type SetupStepKey = (typeof setupStepKeys)[number];

export interface SetupFacts {
  /** An editorial line written, a network chosen or a pillar named. */
  hasStrategy: boolean;
  budgetMinutes: number;
  routineBlockCount: number;
  /** A calendar feed (the person's or the workspace's) exists. */
  hasCalendarLink: boolean;
  trackedSeconds: number;
}

export interface SetupStep {
  key: SetupStepKey;
  isDone: boolean;
}

/** One hour: the method's first measured step, not a one-minute test. */
export const FIRST_TRACKED_SECONDS = 3600;

/** The steps with their state, and the first one not done (null once all are). */
export function listSetupSteps(facts: SetupFacts): { steps: SetupStep[]; next: SetupStepKey | null } {
  const isDone: Record<SetupStepKey, boolean> = {
    strategy: facts.hasStrategy,
    budget: facts.budgetMinutes > 0,
    routine: facts.routineBlockCount > 0,
    calendar: facts.hasCalendarLink,
    tracking: facts.trackedSeconds >= FIRST_TRACKED_SECONDS,
  };
  const steps = setupStepKeys.map((key) => ({ key, isDone: isDone[key] }));
  return { steps, next: steps.find((step) => !step.isDone)?.key ?? null };
}

/**
 * A duration as people read it: `45 min`, `2 h`, `1 h 30`, and `0 min` for nothing. Under an hour
 * it stays in minutes, so a few minutes tracked never read as "0 h" beside a cost.
 */
export function formatReadableDuration(seconds: number): string {
  const totalMinutes = Math.round(Math.max(0, seconds) / 60);
  if (totalMinutes < 60) return `${totalMinutes}\u00a0min`;
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${String(minutes).padStart(2, '0')}`;
}

/** The first occurrence that has not ended at `now` and is not settled, in time order; or null. */
export function findNextOccurrence<T extends { start: string; end: string; status: string }>(
  occurrences: readonly T[],
  now: string,
): T | null {
  const nowMs = Date.parse(now);
  return (
    [...occurrences]
      .filter((occurrence) => occurrence.status === 'planned' || occurrence.status === 'started')
      .filter((occurrence) => Date.parse(occurrence.end) > nowMs)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0] ?? null
  );
}
