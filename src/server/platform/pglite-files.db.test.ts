import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createDb } from './db.js';
import { startCompilingPglite, takeCompiledPglite } from './pglite-files.js';

it('compiles PGlite ahead, hands the module over once, and PGlite opens with it', async () => {
  startCompilingPglite();
  const compiled = await takeCompiledPglite();
  expect(compiled).toBeInstanceOf(WebAssembly.Module);
  // Handed over once: a second database in the process compiles as PGlite does by itself.
  expect(await takeCompiledPglite()).toBeNull();

  startCompilingPglite();
  const database = await createDb({ dataDir: 'memory://', migrate: false });
  try {
    // createDb took it: nothing is left waiting for another taker.
    expect(await takeCompiledPglite()).toBeNull();
    const answer = (await database.db.execute(sql`select 40 + 2 as answer`)) as unknown as {
      rows: { answer: number }[];
    };
    expect(answer.rows[0]?.answer).toBe(42);
  } finally {
    await database.close();
  }
});
