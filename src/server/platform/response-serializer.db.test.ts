import fc from 'fast-check';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arbitraryOfJsonSchema } from '../testing/json-schema-arbitrary.js';
import { buildSampleWorld, fillPath, type SampleWorld } from '../testing/sample-world.js';
import { as, createTestContext, type TestContext } from '../testing/test-app.js';
import { canWriteFast, serializeResponse } from './response-serializer.js';

let context: TestContext;
let world: SampleWorld;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildSampleWorld(context.app);
});
afterAll(() => context.close());

type Serialize = (data: unknown) => string;

/** Every response schema of every operation, with both serializers compiled for it. */
function everyResponse() {
  return context.app.declaredRoutes.flatMap((route) =>
    Object.entries(route.responses).map(([status, schema]) => {
      const compilerInput = { schema, method: route.method, url: route.url, httpStatus: status } as never;
      return {
        name: `${route.method} ${route.url} ${status}`,
        schema: schema as z.ZodType,
        before: zodSerializerCompiler(compilerInput) as Serialize,
        after: serializeResponse(compilerInput) as Serialize,
      };
    }),
  );
}

/** What the zod serializer wrote, or null when zod refuses the value (a 500 before and after). */
function serializedByZod(serialize: Serialize, value: unknown): string | null {
  try {
    return serialize(value);
  } catch {
    return null;
  }
}

describe('response serializer', () => {
  // Answers used to be re-checked with zod and written by JSON.stringify; they are now written by
  // fast-json-stringify from the same contracts. Every value that meets a contract must come out
  // byte for byte as before.
  it('writes every operation’s answers exactly as the zod serializer did, for values drawn from each contract', () => {
    const responses = everyResponse();
    expect(responses.length).toBeGreaterThan(100);
    const tooFewValid: string[] = [];
    for (const response of responses) {
      const arbitrary = arbitraryOfJsonSchema(
        z.toJSONSchema(response.schema, { io: 'output', target: 'draft-7' }) as Record<string, unknown>,
      );
      let valid = 0;
      fc.assert(
        fc.property(arbitrary, (value) => {
          const expected = serializedByZod(response.before, value);
          if (expected === null) return;
          valid++;
          expect(response.after(value), response.name).toBe(expected);
        }),
        { numRuns: 60, seed: 20261205 },
      );
      if (valid < 5) tooFewValid.push(`${response.name}: ${valid} of 60`);
    }
    // Every contract was exercised by values zod accepts, not only by refused ones.
    expect(tooFewValid).toEqual([]);
    // The reads this was made for are written fast (the others keep zod, see `canWriteFast`).
    const fast = responses.filter((response) => canWriteFast(response.schema)).map(({ name }) => name);
    expect(fast).toContain('GET /api/workspaces/:workspaceId/posts/calendar 200');
    expect(fast).toContain('GET /api/workspaces/:workspaceId/time-entries 200');
    console.info(`${fast.length} of ${responses.length} response schemas written by fast-json-stringify`);
  });

  it('writes each read of a sample workspace as the zod serializer writes the same answer', async () => {
    const reads = context.app.declaredRoutes.filter(
      (route) => route.method === 'GET' && route.responses['200'] && !route.url.startsWith('/api/docs'),
    );
    expect(reads.length).toBeGreaterThan(40);
    let compared = 0;
    for (const route of reads) {
      const url = fillPath(route, world.workspaceId, world.ids);
      const response = await as(context.app, world.owner, { method: 'GET', url });
      if (response.statusCode !== 200 || !String(response.headers['content-type']).includes('json')) continue;
      const zodSerialize = zodSerializerCompiler({
        schema: route.responses['200'],
        method: 'GET',
        url: route.url,
      } as never) as Serialize;
      // The bytes sent are the bytes zod would have written for the same answer.
      expect(response.body, url).toBe(zodSerialize(response.json()));
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('never writes a property the contract does not declare', () => {
    const schema = z.object({ id: z.uuid(), name: z.string(), note: z.string().nullable() });
    const serialize = serializeResponse({ schema, method: 'GET', url: '/x' } as never) as Serialize;
    const row = { passwordHash: 'secret', id: '0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d', name: 'A', note: null };
    expect(serialize(row)).toBe('{"id":"0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d","name":"A","note":null}');
  });
});
