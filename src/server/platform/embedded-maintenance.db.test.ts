import { expect, it } from 'vitest';
import { createDb } from './db.js';
import { vacuumAnalyze } from './embedded-maintenance.js';

it('vacuums and analyzes the embedded database: dead rows reclaimed, statistics for the planner', async () => {
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
    const table = await pglite.query(
      `select n_dead_tup::int as dead, last_vacuum is not null as vacuumed, last_analyze is not null as analyzed
       from pg_stat_user_tables where relname = 'user'`,
    );
    expect(table.rows).toEqual([{ dead: 0, vacuumed: true, analyzed: true }]);
    const columns = await pglite.query<{ n: number }>(
      `select count(*)::int as n from pg_stats where tablename = 'user'`,
    );
    expect(columns.rows[0]?.n).toBeGreaterThan(0);
  } finally {
    await database.close();
  }
});
