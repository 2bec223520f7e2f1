import type { SetTimesheetCellBody, Timesheet } from '../../../contracts/tracking.js';
import { canEditTimeOf } from '../../../core/access/index.js';
import { dayBounds, getLocalWallClockTime } from '../../../core/time/zoned-bounds.js';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import { diffTimesheetCell, placeGridEntry } from '../../../core/tracking/timesheet-cell.js';
import { buildTimesheetGrid } from '../../../core/tracking/timesheet-grid.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import { forbidden } from '../../platform/problem.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { TimeEntriesRepository } from './time-entries.repository.js';
import type { EntryActor } from './time-entries.service.js';
import { categoryUnknown, entryProblem, fieldProblem, memberUnknown } from './tracking-problems.js';
import type { TrackingReportsRepository } from './tracking-reports.repository.js';
import { findWorkspaceTime, listWeekDays, resolveWeek, todayIn } from './workspace-time.js';

const overlapSeconds = (entry: { startedAt: Date; endedAt: Date }, from: Date, to: Date) =>
  Math.round(
    (Math.min(entry.endedAt.getTime(), to.getTime()) - Math.max(entry.startedAt.getTime(), from.getTime())) /
      1000,
  );

export function createTimesheetService({
  trackingReportsRepository,
  timeEntriesRepository,
  categoriesRepository,
  membersRepository,
  workspacesRepository,
  runInTransaction,
  clock,
}: {
  trackingReportsRepository: TrackingReportsRepository;
  timeEntriesRepository: TimeEntriesRepository;
  categoriesRepository: Pick<CategoriesRepository, 'find' | 'list'>;
  membersRepository: Pick<MembersRepository, 'find'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  /** One member's week, categories × 7 local days, summed in the database (split at midnight). */
  async function getTimesheet(workspaceId: string, userId: string, date?: string): Promise<Timesheet> {
    const { timeZone } = await findWorkspaceTime(workspacesRepository, workspaceId);
    const { weekStart } = resolveWeek(date, timeZone, clock.now());
    const days = listWeekDays(weekStart, timeZone);
    const [sums, categories] = await Promise.all([
      trackingReportsRepository.sumMemberSecondsByPeriod(workspaceId, userId, days),
      categoriesRepository.list(workspaceId, { includeArchived: false }),
    ]);
    const grid = buildTimesheetGrid(
      sums.map((sum) => ({
        categoryId: sum.categoryId,
        localDate: days[sum.periodIndex]?.date ?? '',
        seconds: sum.seconds,
      })),
      weekStart,
      { categoryOrder: categories.map((category) => category.id) },
    );
    const timed = new Map<string, number[]>();
    for (const sum of sums) {
      const row = timed.get(sum.categoryId) ?? new Array<number>(7).fill(0);
      row[sum.periodIndex] = sum.timedSeconds;
      timed.set(sum.categoryId, row);
    }
    return {
      userId,
      weekStart,
      days: grid.days,
      rows: grid.rows.map((row) => ({
        ...row,
        timedSecondsByDay: timed.get(row.categoryId) ?? new Array<number>(7).fill(0),
      })),
      dayTotals: grid.dayTotals,
      totalSeconds: grid.totalSeconds,
    };
  }

  /** Applies the core's cell rule: only time typed in the grid ("grid" entries) is resized. */
  async function applyCell(
    tx: Queryable,
    scope: { workspaceId: string; userId: string },
    body: SetTimesheetCellBody,
    timeZone: string,
  ) {
    const day = dayBounds(body.date, timeZone);
    const from = new Date(day.start);
    const to = new Date(day.end);
    const entries = await timeEntriesRepository.listOverlapping(
      tx,
      { ...scope, categoryId: body.categoryId },
      from,
      to,
    );
    const diff = diffTimesheetCell(
      entries.map((entry) => ({
        id: entry.id,
        origin: entry.origin,
        seconds: overlapSeconds(entry, from, to),
      })),
      body.seconds,
    );
    if (!diff.ok) {
      if (diff.error.code !== 'below_timed_entries') throw entryProblem(diff.error, 'seconds');
      const minimumSeconds = Number(diff.error.params?.minimumSeconds ?? 0);
      throw fieldProblem('timesheet_below_timed_entries', 'seconds', {
        minimumSeconds,
        minimum: formatDuration(minimumSeconds, 'clock'),
      });
    }
    for (const operation of diff.operations) {
      if (operation.kind === 'delete') {
        await timeEntriesRepository.delete(scope.workspaceId, operation.entryId, tx);
        continue;
      }
      const existing =
        operation.kind === 'update' ? entries.find((entry) => entry.id === operation.entryId) : undefined;
      const placed = placeGridEntry({
        localDate: body.date,
        seconds: operation.seconds,
        zone: timeZone,
        // A resized grid entry keeps its start when it still fits the day.
        ...(existing
          ? { preferredStartTime: getLocalWallClockTime(existing.startedAt.toISOString(), timeZone) }
          : {}),
      });
      if (!placed.ok) throw fieldProblem('timesheet_longer_than_day', 'seconds', placed.error.params ?? {});
      const interval = { startedAt: new Date(placed.startUtc), endedAt: new Date(placed.endUtc) };
      if (existing) await timeEntriesRepository.update(scope.workspaceId, existing.id, interval, tx);
      else
        await timeEntriesRepository.insert(tx, {
          ...scope,
          categoryId: body.categoryId,
          networkKey: null,
          note: '',
          ...interval,
          origin: 'grid',
          routineBlockId: null,
          occurrenceDate: null,
        });
    }
  }

  return {
    getTimesheet,

    /** "This category took N seconds on this day": turns a typed day total into entries. */
    async setCell(actor: EntryActor, body: SetTimesheetCellBody): Promise<Timesheet> {
      const userId = body.userId ?? actor.userId;
      if (!canEditTimeOf(actor, userId)) throw forbidden();
      if (userId !== actor.userId && !(await membersRepository.find(actor.workspaceId, userId)))
        throw memberUnknown();
      if (!(await categoriesRepository.find(actor.workspaceId, body.categoryId))) throw categoryUnknown();
      const { timeZone } = await findWorkspaceTime(workspacesRepository, actor.workspaceId);
      // Grid entries get nominal times (09:00 by default), so only the day itself is checked.
      if (body.date > todayIn(timeZone, clock.now())) throw fieldProblem('entry_in_future', 'date');
      await runInTransaction((tx) =>
        applyCell(tx, { workspaceId: actor.workspaceId, userId }, body, timeZone),
      );
      return getTimesheet(actor.workspaceId, userId, body.date);
    },
  };
}

export type TimesheetService = ReturnType<typeof createTimesheetService>;
