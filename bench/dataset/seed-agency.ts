import type { FastifyInstance } from 'fastify';
import { addDaysToDate } from '../../src/core/time/epoch-day.js';
import { validateEntryInterval } from '../../src/core/tracking/entry-interval.js';
import {
  createTimeEntriesRepository,
  type NewTimeEntry,
} from '../../src/server/modules/tracking/time-entries.repository.js';
import type { DatabaseHandle } from '../../src/server/platform/db.js';
import { createInjectClient, type Session } from '../lib/inject-client.js';
import { type AgencyPlan, staffPassword } from './agency-plan.js';
import { type ContentSeedResult, seedContent } from './seed-content.js';
import { planStafferEntries } from './staffer-entries.js';

export type SeedProgress = { stage: 'setup' | 'entries' | 'content'; done: number; total: number };

export type SeedResult = {
  workspaceIds: string[];
  staff: number;
  memberships: number;
  entries: number;
  routineMarks: number;
  content: ContentSeedResult;
};

type Category = { id: string; referenceKey: string | null };
type Occurrence = { blockId: string; occurrenceDate: string };

/**
 * Writes an agency plan into a fresh database through the app itself: accounts by sign-up,
 * workspaces, invitations, budgets and routines through the HTTP API (in-process), time entries
 * through the tracking repository in bulk after the core's interval check. `now` is the app
 * clock's instant: no entry may end after it.
 */
export async function seedAgency(options: {
  app: FastifyInstance;
  database: DatabaseHandle;
  plan: AgencyPlan;
  origin: string;
  now: Date;
  onProgress?: (progress: SeedProgress) => void;
}): Promise<SeedResult> {
  const { app, database, plan, now } = options;
  const client = createInjectClient(app, options.origin);
  const report = options.onProgress ?? (() => {});
  const setupSteps = plan.workspaces.length + plan.staff.length;
  let setupDone = 0;

  report({ stage: 'setup', done: 0, total: setupSteps });
  const owner = await client.signUp(plan.owner);
  const workspaceIds: string[] = [];
  const categoryIds: Map<string, string>[] = [];
  for (const workspace of plan.workspaces) {
    const base = `/api/workspaces`;
    const { id } = await client.call<{ id: string }>(owner, 'POST', base, {
      name: workspace.name,
      timeZone: workspace.timeZone,
      currency: 'EUR',
      locale: 'fr',
    });
    await client.call(owner, 'POST', `${base}/${id}/budget/preset`, { preset: workspace.preset });
    await client.call(owner, 'POST', `${base}/${id}/routine/generate/reference-week`, {
      mode: 'replace',
      dayStart: '09:00',
      startsOn: plan.from,
      memberUserId: null,
    });
    const categories = await client.call<Category[]>(owner, 'GET', `${base}/${id}/categories`);
    workspaceIds.push(id);
    categoryIds.push(new Map(categories.map((category) => [category.referenceKey ?? '', category.id])));
    report({ stage: 'setup', done: ++setupDone, total: setupSteps });
  }

  const people: Session[] = [];
  let memberships = 0;
  for (const staffer of plan.staff) {
    const person = await client.signUp({ name: staffer.name, email: staffer.email, password: staffPassword });
    for (const assignment of staffer.assignments) {
      const workspaceId = workspaceIds[assignment.workspaceIndex];
      const base = `/api/workspaces/${workspaceId}`;
      const invitation = await client.call<{ link: string }>(owner, 'POST', `${base}/invitations`, {
        email: staffer.email,
        role: assignment.role,
      });
      const token = new URL(invitation.link).pathname.split('/').pop();
      await client.call(person, 'POST', `/api/invitations/${token}/accept`);
      await client.call(owner, 'PATCH', `${base}/members/${person.userId}`, {
        hourlyCostCents: staffer.hourlyCostCents,
      });
      memberships += 1;
    }
    people.push(person);
    report({ stage: 'setup', done: ++setupDone, total: setupSteps });
  }

  const routineMarks = await markLastTwoWeeks(client, owner, workspaceIds, plan);

  const repository = createTimeEntriesRepository(database.db);
  const nowIso = now.toISOString();
  // Counted first (planning is cheap and pure) so that progress is in entries, not people.
  const plannedEntries = plan.staff.reduce(
    (sum, staffer) => sum + planStafferEntries(plan, staffer).length,
    0,
  );
  let entries = 0;
  report({ stage: 'entries', done: 0, total: plannedEntries });
  for (const [index, staffer] of plan.staff.entries()) {
    const userId = people[index]?.userId ?? '';
    const rows: NewTimeEntry[] = planStafferEntries(plan, staffer).map((entry) => {
      const interval = validateEntryInterval({
        start: new Date(entry.startedAtMs).toISOString(),
        end: new Date(entry.endedAtMs).toISOString(),
        now: nowIso,
        source: entry.origin,
      });
      if (!interval.ok) throw new Error(`generated an invalid entry: ${interval.error.code}`);
      const categoryId = categoryIds[entry.workspaceIndex]?.get(entry.categoryKey);
      if (!categoryId) throw new Error(`no category ${entry.categoryKey}`);
      return {
        workspaceId: workspaceIds[entry.workspaceIndex] ?? '',
        userId,
        categoryId,
        networkKey: entry.networkKey,
        note: entry.note,
        startedAt: new Date(interval.startUtc),
        endedAt: new Date(interval.endUtc),
        origin: entry.origin,
        routineBlockId: null,
        occurrenceDate: null,
      };
    });
    // One transaction per person: a crash leaves whole people, never half a year of someone.
    entries += await database.db.transaction((tx) => repository.insertMany(tx, rows));
    report({ stage: 'entries', done: entries, total: plannedEntries });
  }

  const content = await seedContent({
    db: database.db,
    plan,
    workspaceIds,
    now,
    onProgress: (done, total) => report({ stage: 'content', done, total }),
  });

  return { workspaceIds, staff: plan.staff.length, memberships, entries, routineMarks, content };
}

/** The routine's last two weeks get marks (mostly done, some skipped, some left): adherence has data. */
async function markLastTwoWeeks(
  client: ReturnType<typeof createInjectClient>,
  owner: Session,
  workspaceIds: readonly string[],
  plan: AgencyPlan,
): Promise<number> {
  let marks = 0;
  const from = addDaysToDate(plan.options.until, -13);
  for (const workspaceId of workspaceIds) {
    const base = `/api/workspaces/${workspaceId}/routine`;
    const { occurrences } = await client.call<{ occurrences: Occurrence[] }>(
      owner,
      'GET',
      `${base}/occurrences?from=${from}&to=${plan.options.until}`,
    );
    for (const [index, occurrence] of occurrences.entries()) {
      if (index % 10 === 9) continue;
      const status = index % 10 === 4 ? 'skipped' : 'done';
      await client.call(
        owner,
        'POST',
        `${base}/blocks/${occurrence.blockId}/occurrences/${occurrence.occurrenceDate}/mark`,
        { status },
      );
      marks += 1;
    }
  }
  return marks;
}
