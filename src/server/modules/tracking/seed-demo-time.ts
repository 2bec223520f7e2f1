import type { NetworkKey } from '../../../contracts/networks.js';
import { addDaysToDate, isoWeekdayOf } from '../../../core/time/epoch-day.js';
import { resolveWallClock } from '../../../core/time/resolve-wall-clock.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable } from '../../platform/db.js';
import type { CategoriesRepository } from '../budget/categories.repository.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import { timeEntries } from './tracking.table.js';
import { todayIn } from './workspace-time.js';

type Who = 'owner' | 'manager' | 'member';
type Slot = {
  who: Who;
  category: string;
  start: string;
  minutes: number;
  network?: NetworkKey;
  note: string;
};

/** The 6 h reference routine as the bakery really lives it (domain.md §3), by ISO weekday. */
const week: Record<number, Slot[]> = {
  1: [
    {
      who: 'owner',
      category: 'communication',
      start: '09:00',
      minutes: 60,
      network: 'instagram',
      note: 'Réponses du week-end',
    },
    {
      who: 'owner',
      category: 'acquisition',
      start: '10:00',
      minutes: 90,
      network: 'instagram',
      note: 'Lot de la semaine',
    },
  ],
  2: [
    {
      who: 'member',
      category: 'communication',
      start: '09:00',
      minutes: 30,
      network: 'facebook',
      note: 'Réponses',
    },
    { who: 'member', category: 'veille', start: '14:00', minutes: 20, note: 'Concurrents et tendances' },
  ],
  3: [
    {
      who: 'owner',
      category: 'communication',
      start: '09:00',
      minutes: 30,
      network: 'instagram',
      note: 'Réponses',
    },
    {
      who: 'manager',
      category: 'blogging',
      start: '09:30',
      minutes: 60,
      note: 'Article ou vidéo de la semaine',
    },
  ],
  4: [
    {
      who: 'member',
      category: 'communication',
      start: '09:00',
      minutes: 30,
      network: 'facebook',
      note: 'Réponses',
    },
    { who: 'member', category: 'veille', start: '14:00', minutes: 20, note: 'Concurrents et tendances' },
  ],
  5: [
    {
      who: 'owner',
      category: 'communication',
      start: '09:00',
      minutes: 30,
      network: 'linkedin',
      note: 'Réponses',
    },
    { who: 'manager', category: 'analyse', start: '09:30', minutes: 30, note: 'Bilan de la semaine' },
  ],
};

/** Real weeks are never exact: a few minutes more or less, a late start, deterministic. */
const durationDrift = [0, 10, -5, 15, 5, -10, 20];
const startDrift = [0, 5, 0, 10, -5, 0, 15];

/**
 * Four weeks of tracked time for the demo workspace, up to yesterday, on the routine's categories
 * and by three people with different hourly costs. Last week mirrors the routine's story: the
 * deep piece (Wednesday's blogging) was skipped and Friday's replies were missed.
 */
export function createDemoTimeSeeder({
  db,
  categoriesRepository,
  membersRepository,
  clock,
}: {
  db: Queryable;
  categoriesRepository: Pick<CategoriesRepository, 'list'>;
  membersRepository: Pick<MembersRepository, 'list'>;
  clock: Clock;
}) {
  return async function seedDemoTime(workspaceId: string, timeZone: string): Promise<void> {
    const [categories, members] = await Promise.all([
      categoriesRepository.list(workspaceId),
      membersRepository.list(workspaceId),
    ]);
    const categoryByKey = new Map<string | null, string>(
      categories.map((category) => [category.referenceKey, category.id]),
    );
    const owner = members.find((member) => member.role === 'owner');
    const memberFor: Record<Who, string | undefined> = {
      owner: owner?.userId,
      manager: members.find((member) => member.role === 'manager')?.userId ?? owner?.userId,
      member: members.find((member) => member.role === 'member')?.userId ?? owner?.userId,
    };
    const today = todayIn(timeZone, clock.now());
    const lastWeekWednesday = addDaysToDate(today, -(isoWeekdayOf(today) + 4));
    const lastWeekFriday = addDaysToDate(lastWeekWednesday, 2);
    const rows: (typeof timeEntries.$inferInsert)[] = [];
    for (let daysAgo = 28; daysAgo >= 1; daysAgo--) {
      const date = addDaysToDate(today, -daysAgo);
      for (const [index, slot] of (week[isoWeekdayOf(date)] ?? []).entries()) {
        const skipped =
          (date === lastWeekWednesday && slot.category === 'blogging') ||
          (date === lastWeekFriday && slot.category === 'communication');
        const userId = memberFor[slot.who];
        const categoryId = categoryByKey.get(slot.category);
        if (skipped || !userId || !categoryId) continue;
        const drift = (daysAgo + index) % durationDrift.length;
        const startedAt = new Date(resolveWallClock(date, slot.start, timeZone));
        startedAt.setUTCMinutes(startedAt.getUTCMinutes() + (startDrift[drift] ?? 0));
        const endedAt = new Date(startedAt.getTime() + (slot.minutes + (durationDrift[drift] ?? 0)) * 60_000);
        rows.push({
          workspaceId,
          userId,
          categoryId,
          networkKey: slot.network ?? null,
          note: slot.note,
          startedAt,
          endedAt,
          origin: daysAgo % 5 === 0 ? 'manual' : 'timer',
        });
      }
    }
    if (rows.length > 0) await db.insert(timeEntries).values(rows);
  };
}
