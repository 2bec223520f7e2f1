// The floor of a cold start: Node, the database opened exactly as Cadence opens it (its built
// createDb: PGlite with Cadence's settings and lock, no migrations) and a bare Fastify answering
// /api/health with `select 1`. Plain JavaScript on the built server, like `node dist/server/main.js`.
// Used by bench/benchmarks/cold-start.ts only.
import Fastify from 'fastify';
import { createDb } from '../../dist/server/platform/db.js';

const database = await createDb({ dataDir: process.env.CADENCE_DATA_DIR ?? '', migrate: false });
const app = Fastify();
app.get('/api/health', async () => {
  await database.pglite?.query('select 1');
  return { status: 'ok' };
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
