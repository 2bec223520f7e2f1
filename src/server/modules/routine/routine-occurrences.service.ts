import type { z } from 'zod';
import type {
  occurrencesViewSchema,
  RoutineExceptionBody,
  RoutineExceptionView,
  RoutineOccurrenceView,
  todayViewSchema,
} from '../../../contracts/routine.js';
import { canMarkOccurrenceOf, type WorkspaceActor } from '../../../core/access/index.js';
import {
  type Adherence,
  applyRushWeeks,
  type CategoryMinutes,
  computeAdherence,
  computeOccurrenceStatus,
  expandRoutine,
  isOccurrenceDate,
  type OccurrenceMark,
  rushWeekOf,
  summariseRoutineMinutesByCategory,
} from '../../../core/routine/index.js';
import { addDaysToDate, dayBounds, zonedWeekStart } from '../../../core/time/index.js';
import type { Clock } from '../../platform/clock.js';
import { forbidden, notFound, unprocessable } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { type ExpandedDays, expandOccurrenceDays } from './expand-occurrence-days.js';
import type { AssertOccurrenceFits } from './occurrence-fit.js';
import { type RoutineBlocksRepository, toCoreBlock } from './routine-blocks.repository.js';
import { loadWorkspaceClock } from './routine-blocks.service.js';
import type { RoutineOccurrencesRepository, StoredMark } from './routine-occurrences.repository.js';

/** Who marks an occurrence, in which workspace. */
export type OccurrenceActor = WorkspaceActor & { workspaceId: string };

/**
 * What happens when someone marks an occurrence; time tracking plugs its timer in here (started
 * starts it, done and skipped stop it). The mark is in `occurrence.mark.status`.
 */
export type OccurrenceMarkedHook = (event: {
  workspaceId: string;
  userId: string;
  status: OccurrenceMark;
  occurrence: RoutineOccurrenceView;
}) => Promise<void>;

/** How far back the planner looks for tasks started and never finished. */
const UNFINISHED_LOOKBACK_DAYS = 7;

export function createRoutineOccurrencesService({
  routineBlocksRepository,
  routineOccurrencesRepository,
  workspacesRepository,
  assertOccurrenceFits,
  clock,
  onOccurrenceMarked = [],
}: {
  routineBlocksRepository: RoutineBlocksRepository;
  routineOccurrencesRepository: RoutineOccurrencesRepository;
  workspacesRepository: WorkspacesRepository;
  assertOccurrenceFits: AssertOccurrenceFits;
  clock: Clock;
  onOccurrenceMarked?: OccurrenceMarkedHook[];
}) {
  /** Occurrences of the blocks `visibleTo` sees (everyone's when undefined) on `[fromDate, toDate]`. */
  async function expandDays(
    workspaceId: string,
    timeZone: string,
    fromDate: string,
    toDate: string,
    visibleTo: string | undefined,
    now: string,
  ): Promise<ExpandedDays> {
    const blocks = await routineBlocksRepository.list(
      workspaceId,
      visibleTo === undefined ? {} : { visibleTo },
    );
    return expandOccurrenceDays(routineOccurrencesRepository, workspaceId, blocks, {
      timeZone,
      fromDate,
      toDate,
      now,
    });
  }

  /** The block, and a 422 unless `date` is one of its series' dates. */
  async function findBlockOccurring(workspaceId: string, blockId: string, date: string) {
    const block = await routineBlocksRepository.find(workspaceId, blockId);
    if (!block) throw notFound();
    if (!isOccurrenceDate(block, date)) throw unprocessable('routine_not_an_occurrence', { date });
    return block;
  }

  /** One occurrence by its series date, wherever a move put it, with its status. */
  async function findOccurrence(workspaceId: string, blockId: string, occurrenceDate: string, now: string) {
    const block = await findBlockOccurring(workspaceId, blockId, occurrenceDate);
    const [stored, rushWeeks] = await Promise.all([
      routineOccurrencesRepository.findException(workspaceId, blockId, occurrenceDate),
      routineOccurrencesRepository.listRushWeekStarts(workspaceId, occurrenceDate, occurrenceDate),
    ]);
    const coreBlock = toCoreBlock(block);
    const rush = applyRushWeeks([coreBlock], stored ? [stored] : [], rushWeeks);
    const exception = rush.exceptions[0] ?? null;
    if (exception?.kind === 'cancelled') throw unprocessable('routine_occurrence_cancelled');
    const localDate = exception?.newDate ?? occurrenceDate;
    const isRush = rush.rushKeys.size > 0;
    const [found] = expandRoutine(
      [coreBlock],
      exception ? [exception] : [],
      dayBounds(addDaysToDate(localDate, -1), block.timeZone).start,
      dayBounds(addDaysToDate(localDate, 1), block.timeZone).end,
    ).filter((candidate) => candidate.occurrenceDate === occurrenceDate);
    if (!found) throw notFound();
    const occurrence = { ...found, isMoved: found.isMoved && (!isRush || stored !== null), isRush };
    return { block, occurrence, now };
  }

  function toView(found: Awaited<ReturnType<typeof findOccurrence>>, mark: StoredMark | null) {
    const { block, occurrence, now } = found;
    return {
      ...occurrence,
      memberUserId: block.memberUserId,
      status: computeOccurrenceStatus({ occurrence, mark: mark?.status ?? null, now }),
      mark: mark ? { status: mark.status, markedBy: mark.markedBy, markedAt: mark.markedAt } : null,
    };
  }

  return {
    async listOccurrences(
      workspaceId: string,
      query: { from: string; to: string; memberUserId?: string | undefined },
    ): Promise<z.infer<typeof occurrencesViewSchema>> {
      const { timeZone, now } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
      const { occurrences, cancelled, rushWeeks } = await expandDays(
        workspaceId,
        timeZone,
        query.from,
        query.to,
        query.memberUserId,
        now,
      );
      return {
        timeZone,
        from: query.from,
        to: query.to,
        occurrences,
        cancelled,
        adherence: computeAdherence(occurrences, now),
        rushWeeks,
      };
    },

    /**
     * What planned-vs-actual needs of the routine, from ONE read of the blocks: the minutes each
     * category is planned in each week of `weekStarts` (the plan as designed, exceptions left out,
     * as in the budget comparison) and, with `adherenceWeekStart`, that week's adherence
     * (exceptions and marks applied, as in `listOccurrences`). The caller passes the workspace's
     * zone it has already read, so the workspace is not read again.
     */
    async summariseWeeks(
      workspace: { workspaceId: string; timeZone: string },
      weekStarts: readonly string[],
      options: { adherenceWeekStart?: string | undefined } = {},
    ): Promise<{ minutesByWeek: CategoryMinutes[][]; adherence: Adherence | null }> {
      const { workspaceId, timeZone } = workspace;
      const blocks = await routineBlocksRepository.list(workspaceId);
      const coreBlocks = blocks.map(toCoreBlock);
      const minutesByWeek = weekStarts.map((weekStart) =>
        summariseRoutineMinutesByCategory(coreBlocks, zonedWeekStart(weekStart, timeZone)),
      );
      const { adherenceWeekStart } = options;
      if (adherenceWeekStart === undefined) return { minutesByWeek, adherence: null };
      const now = clock.now().toISOString();
      const { occurrences } = await expandOccurrenceDays(routineOccurrencesRepository, workspaceId, blocks, {
        timeZone,
        fromDate: adherenceWeekStart,
        toDate: addDaysToDate(adherenceWeekStart, 6),
        now,
      });
      return { minutesByWeek, adherence: computeAdherence(occurrences, now) };
    },

    /** The day's plan in order, and what was started but never finished over the last week. */
    async getToday(
      workspaceId: string,
      query: { date?: string | undefined; memberUserId?: string | undefined },
    ): Promise<z.infer<typeof todayViewSchema>> {
      const { timeZone, today, now } = await loadWorkspaceClock(workspacesRepository, clock, workspaceId);
      const date = query.date ?? today;
      const { occurrences: recent, rushWeeks } = await expandDays(
        workspaceId,
        timeZone,
        addDaysToDate(date, -UNFINISHED_LOOKBACK_DAYS),
        date,
        query.memberUserId,
        now,
      );
      return {
        date,
        timeZone,
        occurrences: recent.filter((occurrence) => occurrence.localDate === date),
        isRushWeek: rushWeeks.includes(rushWeekOf(date)),
        unfinished: recent.filter((occurrence) => occurrence.mark?.status === 'started'),
      };
    },

    async saveException(
      workspaceId: string,
      blockId: string,
      originalDate: string,
      body: RoutineExceptionBody,
    ): Promise<RoutineExceptionView> {
      const block = await findBlockOccurring(workspaceId, blockId, originalDate);
      const moved = body.kind === 'moved' ? body : null;
      const exception: RoutineExceptionView = {
        blockId,
        originalDate,
        kind: body.kind,
        newDate: moved?.newDate ?? null,
        newStartTime: moved?.newStartTime ?? null,
        newDurationMinutes: moved?.newDurationMinutes ?? null,
      };
      if (moved) await assertOccurrenceFits(workspaceId, block, originalDate, exception);
      return routineOccurrencesRepository.saveException(workspaceId, exception, clock.now());
    },

    /** Puts the occurrence back in its series slot, unless a complex task has taken it since. */
    async deleteException(workspaceId: string, blockId: string, originalDate: string): Promise<void> {
      const block = await routineBlocksRepository.find(workspaceId, blockId);
      if (!block) throw notFound();
      if (await routineOccurrencesRepository.findException(workspaceId, blockId, originalDate))
        await assertOccurrenceFits(workspaceId, block, originalDate, null);
      if (!(await routineOccurrencesRepository.deleteException(workspaceId, blockId, originalDate)))
        throw notFound();
    },

    /**
     * Records started / done / skipped from the occurrence's own day on (its day in the block's
     * zone), then runs the hooks: time tracking starts its timer on 'started' and stops it on
     * 'done' or 'skipped', so the time spent is recorded where the work was declared. Marks by the
     * block's member, anyone's on a shared block, a manager's on anyone's.
     */
    async markOccurrence(
      actor: OccurrenceActor,
      blockId: string,
      occurrenceDate: string,
      status: OccurrenceMark,
    ): Promise<RoutineOccurrenceView> {
      const { workspaceId, userId } = actor;
      const now = clock.now();
      const found = await findOccurrence(workspaceId, blockId, occurrenceDate, now.toISOString());
      if (!canMarkOccurrenceOf(actor, found.block.memberUserId)) throw forbidden();
      const dayStart = dayBounds(found.occurrence.localDate, found.block.timeZone).start;
      if (Date.parse(dayStart) > now.getTime()) throw unprocessable('routine_occurrence_in_future');
      const mark = await routineOccurrencesRepository.saveMark(workspaceId, {
        blockId,
        occurrenceDate,
        status,
        markedBy: userId,
        markedAt: now,
      });
      const view = toView(found, mark);
      for (const hook of onOccurrenceMarked) await hook({ workspaceId, userId, status, occurrence: view });
      return view;
    },

    async unmarkOccurrence(actor: OccurrenceActor, blockId: string, occurrenceDate: string): Promise<void> {
      const { workspaceId } = actor;
      const block = await routineBlocksRepository.find(workspaceId, blockId);
      if (!block) throw notFound();
      if (!canMarkOccurrenceOf(actor, block.memberUserId)) throw forbidden();
      if (!(await routineOccurrencesRepository.deleteMark(workspaceId, blockId, occurrenceDate)))
        throw notFound();
    },
  };
}

export type RoutineOccurrencesService = ReturnType<typeof createRoutineOccurrencesService>;
