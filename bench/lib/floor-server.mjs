// The floor of a cold start: Node, PGlite opening the same data directory and a bare Fastify
// answering /api/health with `select 1`. Plain JavaScript so that nothing is compiled on start,
// like `node dist/server/main.js`. Used by bench/benchmarks/cold-start.ts only.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';

const pglite = await PGlite.create(path.join(process.env.CADENCE_DATA_DIR ?? '', 'pglite'));
const app = Fastify();
app.get('/api/health', async () => {
  await pglite.query('select 1');
  return { status: 'ok' };
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
const stop = async () => {
  await app.close();
  await pglite.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
