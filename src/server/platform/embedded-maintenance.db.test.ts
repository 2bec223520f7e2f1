import { expect, it } from 'vitest';
import { createDb } from './db.js';
import { vacuumAnalyze } from './embedded-maintenance.js';

it('vacuums and analyzes the embedded database: pages cleaned, statistics for the planner', async () => {
  const database = await createDb({ dataDir: 'memory://' });
  try {
    const pglite = database.pglite;
    if (!pglite) throw new Error('expected PGlite');
    await pglite.exec(`
      insert into "user" (id, name, email, email_verified, created_at, updated_at)
      select gen_random_uuid()::text, 'Person ' || n, 'p' || n || '@example.com', false, now(), now()
      from generate_series(1, 500) as n;
      delete from "user" where name like 'Person 1%';`);
    await vacuumAnalyze(pglite);
    // Catalog facts, not the statistics counters (those are flushed whenever PostgreSQL likes):
    // ANALYZE counted the live rows, VACUUM marked every page all-visible.
    const table = await pglite.query<{ rows: number; pages: number; visible: number }>(
      `select reltuples::int as rows, relpages as pages, relallvisible as visible
       from pg_class where relname = 'user'`,
    );
    const [user] = table.rows;
    expect(user?.rows).toBe(389);
    expect(user?.pages).toBeGreaterThan(0);
    expect(user?.visible).toBe(user?.pages);
    const columns = await pglite.query<{ n: number }>(
      `select count(*)::int as n from pg_stats where tablename = 'user'`,
    );
    expect(columns.rows[0]?.n).toBeGreaterThan(0);
  } finally {
    await database.close();
  }
  // A fresh PGlite with every migration, beside the other db files working in parallel.
}, 120_000);
