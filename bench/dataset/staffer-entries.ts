import type { ReferenceCategoryKey } from '../../src/core/budget/reference-categories.js';
import type { NetworkKey } from '../../src/core/strategy/networks.js';
import { isoWeekdayOfEpochDay, toEpochDay } from '../../src/core/time/epoch-day.js';
import { resolveWallClockToEpochMilliseconds } from '../../src/core/time/epoch-milliseconds.js';
import { type AgencyPlan, agencyTimeZone, type PlannedStaffer } from './agency-plan.js';
import { createRandom, deriveSeed, type Random } from './seeded-random.js';

export type PlannedEntry = {
  workspaceIndex: number;
  categoryKey: ReferenceCategoryKey;
  networkKey: NetworkKey | null;
  note: string;
  startedAtMs: number;
  endedAtMs: number;
  origin: 'timer' | 'manual';
};

type Task = { category: ReferenceCategoryKey; minMinutes: number; maxMinutes: number; notes: string[] };

const tasks: Record<ReferenceCategoryKey, Task> = {
  communication: {
    category: 'communication',
    minMinutes: 5,
    maxMinutes: 25,
    notes: ['Réponses aux commentaires', 'Messages privés', 'Relances', 'Mentions'],
  },
  veille: { category: 'veille', minMinutes: 10, maxMinutes: 30, notes: ['Concurrents', 'Tendances'] },
  curation: { category: 'curation', minMinutes: 10, maxMinutes: 30, notes: ['Partages', 'Sélection'] },
  acquisition: {
    category: 'acquisition',
    minMinutes: 20,
    maxMinutes: 75,
    notes: ['Lot de la semaine', 'Programmation', 'Visuels'],
  },
  blogging: { category: 'blogging', minMinutes: 30, maxMinutes: 90, notes: ['Article', 'Vidéo'] },
  analyse: { category: 'analyse', minMinutes: 15, maxMinutes: 45, notes: ['Bilan de la semaine', 'KPI'] },
  strategie: { category: 'strategie', minMinutes: 20, maxMinutes: 60, notes: ['Plan éditorial'] },
};

/** What a community manager does at a given moment: replies all day, the batch on Monday, etc. */
function chooseTask(random: Random, weekday: number, minuteOfDay: number): Task {
  const isMorning = minuteOfDay < 12 * 60;
  return tasks[
    random.weighted<ReferenceCategoryKey>([
      ['communication', isMorning ? 10 : 7],
      ['veille', 2],
      ['curation', 2],
      ['acquisition', weekday === 1 ? 6 : 2],
      ['blogging', weekday === 3 ? 4 : 1],
      ['analyse', weekday === 5 ? 5 : 1],
      ['strategie', 0.5],
    ])
  ];
}

const networked = new Set<ReferenceCategoryKey>(['communication', 'acquisition', 'curation']);

/** Five weeks off a year, in two blocks, drawn per person. */
function drawHolidays(random: Random, fromDay: number, toDay: number): Set<number> {
  const off = new Set<number>();
  for (const length of [21, 14]) {
    const start = random.integer(fromDay, Math.max(fromDay, toDay - length));
    for (let day = start; day < start + length; day++) off.add(day);
  }
  return off;
}

/**
 * One person's tracked time over the plan's period, in start order and never overlapping (one
 * task at a time): working days from about 9:00 to 18:00 with a lunch break, short tasks
 * (replies) all day, longer ones (the weekly batch, a deep piece, the review) on their days, a
 * little weekend moderation, holidays and sick days. Pure and seeded per person, so each
 * person's entries can be generated alone and in any order.
 */
export function planStafferEntries(plan: AgencyPlan, staffer: PlannedStaffer): PlannedEntry[] {
  const random = createRandom(deriveSeed(plan.options.seed, 2, staffer.index));
  const fromDay = toEpochDay(plan.from);
  const toDay = toEpochDay(plan.options.until);
  const holidays = drawHolidays(random, fromDay, toDay);
  const clients = staffer.assignments.map(
    (assignment) => [assignment.workspaceIndex, assignment.weight] as const,
  );
  const entries: PlannedEntry[] = [];

  for (let day = fromDay; day <= toDay; day++) {
    const weekday = isoWeekdayOfEpochDay(day);
    const isWeekend = weekday >= 6;
    if (holidays.has(day) || random.chance(isWeekend ? 0.9 : 0.03)) continue;
    let minute = isWeekend ? random.integer(10 * 60, 11 * 60) : random.integer(8 * 60 + 30, 9 * 60 + 30);
    const lunch = random.integer(12 * 60, 12 * 60 + 45);
    let hadLunch = isWeekend;
    const end = isWeekend ? minute + random.integer(20, 60) : random.integer(17 * 60, 18 * 60 + 45);
    while (minute < end) {
      if (!hadLunch && minute >= lunch) {
        minute += random.integer(45, 75);
        hadLunch = true;
      }
      const task = isWeekend ? tasks.communication : chooseTask(random, weekday, minute);
      const workspaceIndex = random.weighted(clients);
      const minutes = Math.min(random.integer(task.minMinutes, task.maxMinutes), end - minute + 5);
      const network = networked.has(task.category)
        ? random.pick(plan.workspaces[workspaceIndex]?.networks ?? [null])
        : null;
      const startedAtMs =
        resolveWallClockToEpochMilliseconds(day, minute, agencyTimeZone) + random.integer(0, 59) * 1000;
      entries.push({
        workspaceIndex,
        categoryKey: task.category,
        networkKey: network,
        note: random.pick(task.notes),
        startedAtMs,
        // Durations are whole seconds, as the timer stores them.
        endedAtMs: startedAtMs + minutes * 60_000 - random.integer(0, 50) * 1000,
        origin: random.chance(0.15) ? 'manual' : 'timer',
      });
      minute += minutes + random.integer(1, 8);
    }
  }
  return entries;
}
