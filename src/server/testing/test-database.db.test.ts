import { count } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimit } from '../modules/auth/auth.table.js';
import type { DatabaseHandle } from '../platform/db.js';
import { createTestDatabase, truncateAll } from './test-database.js';

describe('truncateAll between tests', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  // A real deadlock needs a second connection: PostgreSQL only (PGlite is one connection).
  it.skipIf(!process.env.DATABASE_URL)(
    'empties the tables even when another connection deadlocks with it (it is made again)',
    async () => {
      await database.db.insert(rateLimit).values({ id: 'r1', key: 'k', count: 1, lastRequest: 0 });
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      try {
        // The other side holds one table, then (once the truncate waits for it) asks for one the
        // truncate already holds: a lock cycle, which the server breaks by failing one side.
        await other.query('begin');
        await other.query('lock table "user" in access share mode');
        const truncating = truncateAll(database);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const otherSide = other
          .query('select count(*) from rate_limit')
          .then(() => other.query('commit'))
          .catch(async () => other.query('rollback'));
        await Promise.all([truncating, otherSide]);
      } finally {
        await other.end();
      }
      const [left] = await database.db.select({ rows: count() }).from(rateLimit);
      expect(left?.rows).toBe(0);
    },
    20_000,
  );
});
