import type { StartTimerBody, TimeEntry, TimerState, TrackingSettings } from '../../../contracts/tracking.js';
import { cutBackTimer, isForgottenTimer } from '../../../core/tracking/entry-interval.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { conflict } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { RoutineBlockLookup } from './routine-link.js';
import type { TimeEntriesRepository } from './time-entries.repository.js';
import { maxEntryDays } from './tracking.table.js';
import {
  categoryUnknown,
  entryProblem,
  fieldProblem,
  routineBlockUnknown,
  timerNotRunning,
} from './tracking-problems.js';
import type { TrackingSettingsRepository } from './tracking-settings.repository.js';
import { toUtcInstant, toWholeSecond } from './workspace-time.js';

export type TimerActor = { workspaceId: string; userId: string };

const maxEntrySeconds = maxEntryDays * 86_400;

/** Postgres' unique_violation, through Drizzle's wrapper or straight from the driver. */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: string; cause?: { code?: string } } | null;
  return candidate?.code === '23505' || candidate?.cause?.code === '23505';
}

export function createTimerService({
  timeEntriesRepository,
  trackingSettingsRepository,
  categoriesRepository,
  hasRoutineBlock,
  runInTransaction,
  clock,
}: {
  timeEntriesRepository: TimeEntriesRepository;
  trackingSettingsRepository: TrackingSettingsRepository;
  categoriesRepository: Pick<CategoriesRepository, 'find'>;
  hasRoutineBlock: RoutineBlockLookup;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  async function getTimer(actor: TimerActor): Promise<TimerState> {
    const now = clock.now();
    const [running, anywhere, settings] = await Promise.all([
      timeEntriesRepository.findRunning(actor.workspaceId, actor.userId),
      timeEntriesRepository.findRunningAnywhere(actor.userId),
      trackingSettingsRepository.find(actor.workspaceId),
    ]);
    const limitMinutes = settings.forgottenTimerMinutes;
    return {
      running: running && {
        ...running,
        elapsedSeconds: Math.max(0, Math.floor((now.getTime() - Date.parse(running.startedAt)) / 1000)),
        isForgotten: isForgottenTimer({ startedAt: running.startedAt, now: now.toISOString(), limitMinutes }),
      },
      runningElsewhere:
        anywhere && anywhere.workspaceId !== actor.workspaceId
          ? {
              workspaceId: anywhere.workspaceId,
              workspaceName: anywhere.workspaceName,
              startedAt: anywhere.startedAt.toISOString(),
            }
          : null,
      forgottenTimerMinutes: limitMinutes,
      now: now.toISOString(),
    };
  }

  async function requireRunning(actor: TimerActor): Promise<TimeEntry> {
    const running = await timeEntriesRepository.findRunning(actor.workspaceId, actor.userId);
    if (!running) throw timerNotRunning();
    return running;
  }

  const isTooLong = (entry: { startedAt: Date }, end: Date) =>
    end.getTime() - entry.startedAt.getTime() > maxEntrySeconds * 1000;

  /**
   * Ends a running entry at `end`; an entry that would last no time (stopped or switched within
   * the second it started: a misclick) is deleted rather than kept empty.
   */
  async function endEntry(
    tx: Parameters<Parameters<RunInTransaction>[0]>[0],
    entry: { id: string; workspaceId: string; startedAt: Date },
    end: Date,
  ): Promise<TimeEntry | null> {
    if (isTooLong(entry, end)) {
      // Longer than any entry may be: the person must say when they really stopped.
      throw conflict('timer_too_long', { maxDays: maxEntryDays });
    }
    if (end <= entry.startedAt) {
      await timeEntriesRepository.delete(entry.workspaceId, entry.id, tx);
      return null;
    }
    return timeEntriesRepository.update(entry.workspaceId, entry.id, { endedAt: end }, tx);
  }

  return {
    getTimer,

    /**
     * Starts a timer, stopping the person's running one wherever it runs, in one transaction: one
     * task at a time. The database's unique index on running entries settles a race between two
     * devices; the loser retries once and then stops the winner's timer like any other.
     */
    async startTimer(actor: TimerActor, body: StartTimerBody): Promise<TimerState> {
      if (!(await categoriesRepository.find(actor.workspaceId, body.categoryId))) throw categoryUnknown();
      if (body.routineBlockId && !(await hasRoutineBlock(actor.workspaceId, body.routineBlockId)))
        throw routineBlockUnknown();
      const start = async () => {
        const now = toWholeSecond(clock.now());
        await runInTransaction(async (tx) => {
          const previous = await timeEntriesRepository.findRunningAnywhere(actor.userId, tx);
          if (previous && previous.workspaceId !== actor.workspaceId && isTooLong(previous, now))
            // The person must cut that timer back where it runs: say which workspace that is.
            throw conflict(
              'timer_too_long_elsewhere',
              { maxDays: maxEntryDays, workspaceName: previous.workspaceName },
              { workspaceId: previous.workspaceId, workspaceName: previous.workspaceName },
            );
          if (previous) await endEntry(tx, previous, now);
          await timeEntriesRepository.insert(tx, {
            workspaceId: actor.workspaceId,
            userId: actor.userId,
            categoryId: body.categoryId,
            networkKey: body.networkKey,
            note: body.note,
            startedAt: now,
            endedAt: null,
            origin: 'timer',
            routineBlockId: body.routineBlockId,
            occurrenceDate: body.occurrenceDate,
          });
        });
      };
      try {
        await start();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await start();
      }
      return getTimer(actor);
    },

    /**
     * A person who leaves a workspace or is removed from it stops working there: their timer in
     * it stops now, or at the longest an entry may last if it was forgotten that long.
     */
    async stopTimerOfDeparting({ workspaceId, userId }: TimerActor): Promise<void> {
      const running = await timeEntriesRepository.findRunning(workspaceId, userId);
      if (!running) return;
      const startedAt = new Date(running.startedAt);
      const now = toWholeSecond(clock.now());
      const end = isTooLong({ startedAt }, now)
        ? new Date(startedAt.getTime() + maxEntrySeconds * 1000)
        : now;
      await runInTransaction((tx) => endEntry(tx, { ...running, workspaceId, startedAt }, end));
    },

    async stopTimer(actor: TimerActor): Promise<{ stopped: TimeEntry | null }> {
      const running = await requireRunning(actor);
      const now = toWholeSecond(clock.now());
      const stopped = await runInTransaction((tx) =>
        endEntry(
          tx,
          { ...running, workspaceId: actor.workspaceId, startedAt: new Date(running.startedAt) },
          now,
        ),
      );
      return { stopped };
    },

    /**
     * The seconds one of the person's entries lasted, stopping it first when it is their running
     * timer (a content session ending). 0 when the entry is gone (deleted, or stopped within its
     * first second) or is not theirs.
     */
    async finishEntry(actor: TimerActor, entryId: string): Promise<number> {
      const running = await timeEntriesRepository.findRunning(actor.workspaceId, actor.userId);
      if (running?.id === entryId) {
        const now = toWholeSecond(clock.now());
        const stopped = await runInTransaction((tx) =>
          endEntry(
            tx,
            { ...running, workspaceId: actor.workspaceId, startedAt: new Date(running.startedAt) },
            now,
          ),
        );
        return stopped?.durationSeconds ?? 0;
      }
      const entry = await timeEntriesRepository.find(actor.workspaceId, entryId);
      return entry && entry.userId === actor.userId ? (entry.durationSeconds ?? 0) : 0;
    },

    /**
     * Stops the person's timer if it runs on this routine occurrence and is not forgotten (a
     * forgotten one waits for its cut-back); anything else running is left alone.
     */
    async stopTimerOnOccurrence(
      actor: TimerActor,
      link: { routineBlockId: string; occurrenceDate: string },
    ): Promise<TimeEntry | null> {
      const running = await timeEntriesRepository.findRunning(actor.workspaceId, actor.userId);
      if (
        !running ||
        running.routineBlockId !== link.routineBlockId ||
        running.occurrenceDate !== link.occurrenceDate
      )
        return null;
      const now = toWholeSecond(clock.now());
      const { forgottenTimerMinutes: limitMinutes } = await trackingSettingsRepository.find(
        actor.workspaceId,
      );
      if (isForgottenTimer({ startedAt: running.startedAt, now: now.toISOString(), limitMinutes }))
        return null;
      return runInTransaction((tx) =>
        endEntry(
          tx,
          { ...running, workspaceId: actor.workspaceId, startedAt: new Date(running.startedAt) },
          now,
        ),
      );
    },

    /** Stops a (forgotten) timer at the time the person really stopped working. */
    async cutBackTimer(actor: TimerActor, endedAt: string): Promise<TimeEntry> {
      const running = await requireRunning(actor);
      const result = cutBackTimer({
        startedAt: running.startedAt,
        proposedEnd: endedAt,
        now: toUtcInstant(clock.now()),
      });
      if (!result.ok) throw entryProblem(result.error, 'endedAt');
      if (result.durationSeconds > maxEntrySeconds)
        throw fieldProblem('entry_too_long', 'endedAt', { maxHours: maxEntryDays * 24 });
      const updated = await timeEntriesRepository.update(actor.workspaceId, running.id, {
        endedAt: new Date(result.endUtc),
      });
      if (!updated) throw timerNotRunning();
      return updated;
    },

    getSettings: (workspaceId: string) => trackingSettingsRepository.find(workspaceId),

    async updateSettings(workspaceId: string, patch: Partial<TrackingSettings>): Promise<TrackingSettings> {
      const settings = { ...(await trackingSettingsRepository.find(workspaceId)), ...patch };
      await trackingSettingsRepository.save(workspaceId, settings);
      return settings;
    },
  };
}

export type TimerService = ReturnType<typeof createTimerService>;
