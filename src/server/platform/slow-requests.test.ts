import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSlowRequestLog } from './slow-requests.js';

async function appLogging(lines: Record<string, unknown>[]) {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = Fastify({ logger: { level: 'warn', stream }, disableRequestLogging: true });
  registerSlowRequestLog(app, 60);
  app.get('/api/things/:id', async (request) => {
    const { id } = request.params as { id: string };
    if (id === 'slow') await new Promise((resolve) => setTimeout(resolve, 120));
    return { id };
  });
  await app.ready();
  return app;
}

describe('slow request log', () => {
  it('names the route pattern, status and duration of a slow answer, never its URL', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = await appLogging(lines);
    await app.inject({ url: '/api/things/slow?token=secret' });
    await app.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'slow request',
      method: 'GET',
      route: '/api/things/:id',
      statusCode: 200,
    });
    expect(lines[0]?.milliseconds).toBeGreaterThanOrEqual(100);
    expect(JSON.stringify(lines[0])).not.toContain('secret');
  });

  it('says nothing of a quick answer', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = await appLogging(lines);
    await app.inject({ url: '/api/things/quick' });
    await app.close();
    expect(lines).toEqual([]);
  });
});
