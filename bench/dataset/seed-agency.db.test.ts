import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/server/platform/db.js';
import { createTestDatabase } from '../../src/server/testing/test-database.js';
import { benchOrigin, buildBenchApp, datasetNow } from '../lib/bench-app.js';
import { defaultDatasetOptions, planAgency } from './agency-plan.js';
import { type SeedResult, seedAgency } from './seed-agency.js';
import { planStafferEntries } from './staffer-entries.js';

const plan = planAgency({ ...defaultDatasetOptions, workspaces: 2, years: 21 / 365 });
let database: DatabaseHandle;
let result: SeedResult;

async function rows<Row>(query: ReturnType<typeof sql>): Promise<Row[]> {
  const answer = (await database.db.execute(query)) as unknown as { rows: Row[] } | Row[];
  return Array.isArray(answer) ? answer : answer.rows;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const app = await buildBenchApp(database, datasetNow(plan));
  result = await seedAgency({ app, database, plan, origin: benchOrigin, now: datasetNow(plan) });
  await app.close();
}, 120_000);

afterAll(() => database.close());

describe('seeding the agency dataset through the app', () => {
  it('writes exactly the planned entries, people and memberships', async () => {
    const planned = plan.staff.flatMap((staffer) =>
      planStafferEntries(plan, staffer).map((entry) => ({
        email: staffer.email,
        workspace: plan.workspaces[entry.workspaceIndex]?.name,
        category: entry.categoryKey,
        startedAt: new Date(entry.startedAtMs).toISOString(),
        endedAt: new Date(entry.endedAtMs).toISOString(),
      })),
    );
    expect(result.entries).toBe(planned.length);
    const stored = await rows<{
      email: string;
      workspace: string;
      category: string;
      startedAt: string;
      endedAt: string;
    }>(sql`select u.email, w.name as workspace, c.reference_key as category,
                  to_char(e.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startedAt",
                  to_char(e.ended_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "endedAt"
           from time_entries e
           join "user" u on u.id = e.user_id
           join workspaces w on w.id = e.workspace_id
           join task_categories c on c.id = e.category_id and c.workspace_id = e.workspace_id`);
    const key = (entry: { email: string; startedAt: string }) => `${entry.email}|${entry.startedAt}`;
    expect(stored.map((entry) => ({ ...entry })).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      planned.sort((a, b) => key(a).localeCompare(key(b))),
    );

    const memberships = plan.staff.reduce((sum, staffer) => sum + staffer.assignments.length, 0);
    expect(result.memberships).toBe(memberships);
    const [counts] = await rows<{ members: number; owners: number }>(
      sql`select count(*) filter (where role <> 'owner')::int as members,
                 count(*) filter (where role = 'owner')::int as owners from memberships`,
    );
    expect(counts).toEqual({ members: memberships, owners: plan.workspaces.length });
  });

  it('gives each workspace its budget preset, a routine and some marked occurrences', async () => {
    const perWorkspace = await rows<{ name: string; budget: number; blocks: number }>(
      sql`select w.name,
                 (select coalesce(sum(weekly_minutes), 0)::int from task_categories c where c.workspace_id = w.id) as budget,
                 (select count(*)::int from routine_blocks b where b.workspace_id = w.id) as blocks
          from workspaces w order by w.name`,
    );
    expect(perWorkspace).toHaveLength(plan.workspaces.length);
    for (const workspace of perWorkspace) {
      expect(workspace.budget).toBeGreaterThan(0);
      expect(workspace.blocks).toBeGreaterThan(0);
    }
    expect(result.routineMarks).toBeGreaterThan(0);
  });
});
