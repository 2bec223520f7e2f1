import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as budget from './budget.js';
import * as me from './me.js';
import * as routine from './routine.js';
import * as strategy from './strategy.js';
import * as tracking from './tracking.js';
import * as workspaces from './workspaces.js';

/**
 * A PATCH must change only what it names. A schema that fills defaults into an update would
 * silently reset fields (a renamed workspace losing its currency): every `update…` schema must
 * turn a one-field body into exactly that field.
 */
const modules = { budget, me, routine, strategy, tracking, workspaces };
const updateSchemas = Object.entries(modules).flatMap(([moduleName, exports]) =>
  Object.entries(exports)
    .filter(([name]) => /^update\w+Schema$/.test(name))
    .map(([name, schema]) => [`${moduleName}.${name}`, schema as z.ZodType] as const),
);

describe('update schemas', () => {
  it('exist', () => {
    expect(updateSchemas.length).toBeGreaterThanOrEqual(8);
  });

  it.each(updateSchemas)('%s adds no defaults to a partial body', (_, schema) => {
    const result = schema.safeParse({});
    if (result.success) expect(result.data).toEqual({});
  });

  // An empty update reached the database as "UPDATE … SET" with nothing to set: a 500.
  it.each(updateSchemas)('%s refuses a body with nothing to change', (_, schema) => {
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ unknownField: 1 }).success).toBe(false);
  });
});
