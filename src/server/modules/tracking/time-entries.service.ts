import { Temporal } from 'temporal-polyfill';
import type {
  CreateTimeEntryBody,
  EntryFilters,
  TimeEntry,
  UpdateTimeEntryBody,
} from '../../../contracts/tracking.js';
import { canEditTimeOf, type WorkspaceActor as TrackingActor } from '../../../core/access/index.js';
import { type EntryIntervalInput, validateEntryInterval } from '../../../core/tracking/entry-interval.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/problem.js';
import { writePlainJsonString } from '../../platform/response-serializer.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { RoutineBlockLookup } from './routine-link.js';
import type {
  EntryQuery,
  ListedEntry,
  TimeEntriesRepository,
  TimeEntryPatch,
} from './time-entries.repository.js';
import { maxEntryDays } from './tracking.table.js';
import {
  categoryUnknown,
  entryProblem,
  entryRunning,
  fieldProblem,
  memberUnknown,
  routineBlockUnknown,
} from './tracking-problems.js';
import { findWorkspaceTime, localDateRange, toUtcInstant } from './workspace-time.js';

export type EntryActor = TrackingActor & { workspaceId: string };

/** Entries typed by a person are capped at 24 h; timed and imported ones at `maxEntryDays`. */
function intervalSource(origin: TimeEntry['origin']): EntryIntervalInput['source'] {
  return origin === 'manual' || origin === 'grid' ? 'manual' : origin;
}

/**
 * One entry of the list (`timeEntrySchema`) written as the contract's serializer writes it: the
 * same keys in the same order, the duration as `toTimeEntry` computes it. Ids, instants and dates
 * are the database's own text; names, notes and words from a row are escaped by `JSON.stringify`.
 * Proven byte for byte equal to the serializer's (and zod's) in time-entries.db.test.ts. The time
 * page asks it on every visit: writing it here rather than through an object per entry, Drizzle's
 * mapping and the serializer is what brought the route nearer its floor (benchmark 2,
 * bench/README.md).
 */
function writeListedEntry([
  id,
  userId,
  userName,
  categoryId,
  networkKey,
  note,
  startedAt,
  endedAt,
  origin,
  routineBlockId,
  occurrenceDate,
  importBatchId,
]: ListedEntry): string {
  const durationSeconds =
    endedAt === null ? null : Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 1000);
  return `{"id":"${id}","userId":${JSON.stringify(userId)},"userName":${JSON.stringify(userName)},"categoryId":"${categoryId}","networkKey":${JSON.stringify(networkKey)},"note":${JSON.stringify(note)},"startedAt":"${startedAt}","endedAt":${writePlainJsonString(endedAt)},"durationSeconds":${durationSeconds},"origin":${JSON.stringify(origin)},"routineBlockId":${writePlainJsonString(routineBlockId)},"occurrenceDate":${writePlainJsonString(occurrenceDate)},"importBatchId":${writePlainJsonString(importBatchId)}}`;
}

export function createTimeEntriesService({
  timeEntriesRepository,
  categoriesRepository,
  membersRepository,
  workspacesRepository,
  hasRoutineBlock,
  runInTransaction,
  clock,
}: {
  timeEntriesRepository: TimeEntriesRepository;
  categoriesRepository: Pick<CategoriesRepository, 'find'>;
  membersRepository: Pick<MembersRepository, 'find'>;
  hasRoutineBlock: RoutineBlockLookup;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  runInTransaction: RunInTransaction;
  clock: Clock;
}) {
  /**
   * Checks an interval with the core's rules and the table's hard limit; the problem names the
   * field to fix (`endField` is `durationSeconds` when the person typed a duration).
   */
  function checkInterval(input: Omit<EntryIntervalInput, 'now'>, endField = 'endedAt') {
    const result = validateEntryInterval({ ...input, now: toUtcInstant(clock.now()) });
    if (!result.ok) {
      const field =
        result.error.code === 'invalid_instant'
          ? result.error.params?.field === 'start'
            ? 'startedAt'
            : 'endedAt'
          : endField;
      throw entryProblem(result.error, field);
    }
    if (result.durationSeconds > maxEntryDays * 86_400)
      throw fieldProblem('entry_too_long', endField, { maxHours: maxEntryDays * 24 });
    return { startedAt: new Date(result.startUtc), endedAt: new Date(result.endUtc) };
  }

  async function assertCategory(workspaceId: string, categoryId: string) {
    if (!(await categoriesRepository.find(workspaceId, categoryId))) throw categoryUnknown();
  }

  async function findEditable(actor: EntryActor, entryId: string): Promise<TimeEntry> {
    const entry = await timeEntriesRepository.find(actor.workspaceId, entryId);
    if (!entry) throw notFound();
    if (!canEditTimeOf(actor, entry.userId)) throw forbidden();
    return entry;
  }

  return {
    /**
     * The time page's list as the answer's JSON text (`entryPageSchema`): the zone (cached with
     * the access checks), then one statement whose rows are written out as they come.
     */
    async listEntriesAsJson(
      workspaceId: string,
      filters: EntryFilters & { page: number; pageSize: number },
    ): Promise<string> {
      const { timeZone } = await findWorkspaceTime(workspacesRepository, workspaceId);
      const query: EntryQuery = { ...filters, ...localDateRange(filters, timeZone) };
      const { entries, total, seconds } = await timeEntriesRepository.listPage(workspaceId, query, {
        limit: filters.pageSize,
        offset: (filters.page - 1) * filters.pageSize,
      });
      return `{"entries":[${entries.map(writeListedEntry).join(',')}],"total":${total},"totalSeconds":${seconds},"page":${filters.page},"pageSize":${filters.pageSize}}`;
    },

    /** A manual entry: start + end, or start + duration. */
    async createEntry(actor: EntryActor, body: CreateTimeEntryBody): Promise<TimeEntry> {
      const memberId = body.userId ?? actor.userId;
      if (!canEditTimeOf(actor, memberId)) throw forbidden();
      if (memberId !== actor.userId && !(await membersRepository.find(actor.workspaceId, memberId)))
        throw memberUnknown();
      await assertCategory(actor.workspaceId, body.categoryId);
      if (body.routineBlockId && !(await hasRoutineBlock(actor.workspaceId, body.routineBlockId)))
        throw routineBlockUnknown();
      const end =
        body.endedAt ??
        new Date(Date.parse(body.startedAt) + (body.durationSeconds ?? 0) * 1000).toISOString();
      const interval = checkInterval(
        { start: body.startedAt, end, source: 'manual' },
        body.endedAt === undefined ? 'durationSeconds' : 'endedAt',
      );
      return runInTransaction((tx) =>
        timeEntriesRepository.insert(tx, {
          workspaceId: actor.workspaceId,
          userId: memberId,
          categoryId: body.categoryId,
          networkKey: body.networkKey,
          note: body.note,
          ...interval,
          origin: 'manual',
          routineBlockId: body.routineBlockId,
          occurrenceDate: body.occurrenceDate,
        }),
      );
    },

    /**
     * Edits an entry. A running timer's end is not edited here (stop or cut it back); a grid
     * entry given real times becomes a manual one, so the timesheet never resizes it again.
     */
    async updateEntry(actor: EntryActor, entryId: string, patch: UpdateTimeEntryBody): Promise<TimeEntry> {
      const entry = await findEditable(actor, entryId);
      if (patch.categoryId) await assertCategory(actor.workspaceId, patch.categoryId);
      const { startedAt, endedAt, routineBlockId, occurrenceDate, ...rest } = patch;
      const changes: TimeEntryPatch = { ...rest };
      if (startedAt !== undefined || endedAt !== undefined) {
        if (entry.endedAt === null) {
          if (endedAt !== undefined) throw entryRunning();
          const now = toUtcInstant(clock.now());
          changes.startedAt = checkInterval(
            { start: startedAt ?? entry.startedAt, end: now, source: 'timer' },
            'startedAt',
          ).startedAt;
        } else {
          Object.assign(
            changes,
            checkInterval({
              start: startedAt ?? entry.startedAt,
              end: endedAt ?? entry.endedAt,
              source: intervalSource(entry.origin),
            }),
          );
          if (entry.origin === 'grid') changes.origin = 'manual';
        }
      }
      if (routineBlockId && !(await hasRoutineBlock(actor.workspaceId, routineBlockId)))
        throw routineBlockUnknown();
      if (routineBlockId !== undefined || occurrenceDate !== undefined) {
        changes.routineBlockId = routineBlockId ?? null;
        changes.occurrenceDate = occurrenceDate ?? null;
      }
      const updated = await timeEntriesRepository.update(actor.workspaceId, entryId, changes);
      if (!updated) throw notFound();
      return updated;
    },

    async deleteEntry(actor: EntryActor, entryId: string): Promise<void> {
      await findEditable(actor, entryId);
      if (!(await timeEntriesRepository.delete(actor.workspaceId, entryId))) throw notFound();
    },

    /**
     * Copies an entry (category, network, note, duration) to `date` at the same local start time
     * (DST-aware: 09:00 stays 09:00), the original's date by default. The copy is the same
     * member's, made by hand: it is not linked to a routine occurrence or an import.
     */
    async duplicateEntry(actor: EntryActor, entryId: string, date: string | undefined): Promise<TimeEntry> {
      const entry = await findEditable(actor, entryId);
      if (entry.endedAt === null || entry.durationSeconds === null) throw entryRunning();
      const { timeZone } = await findWorkspaceTime(workspacesRepository, actor.workspaceId);
      const originalStart = Temporal.Instant.from(entry.startedAt).toZonedDateTimeISO(timeZone);
      const days = date ? originalStart.toPlainDate().until(Temporal.PlainDate.from(date)).days : 0;
      const start = originalStart.add({ days }).toInstant();
      const end = start.add({ seconds: entry.durationSeconds });
      const interval = checkInterval(
        { start: start.toString(), end: end.toString(), source: intervalSource(entry.origin) },
        'date',
      );
      return runInTransaction((tx) =>
        timeEntriesRepository.insert(tx, {
          workspaceId: actor.workspaceId,
          userId: entry.userId,
          categoryId: entry.categoryId,
          networkKey: entry.networkKey,
          note: entry.note,
          ...interval,
          origin: entry.origin === 'grid' ? 'grid' : 'manual',
          routineBlockId: null,
          occurrenceDate: null,
        }),
      );
    },
  };
}

export type TimeEntriesService = ReturnType<typeof createTimeEntriesService>;
