import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deferred } from './deferred-schema.js';

describe('deferred', () => {
  it('builds its value on first use, once', () => {
    let builds = 0;
    const schema = deferred(() => {
      builds += 1;
      return z.object({ name: z.string() });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ name: 'Léa', extra: 1 })).toEqual({ name: 'Léa' });
    expect(schema.safeParse({ name: 3 }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('composes as the schema itself would: extend, nullable, shape, nesting, instanceof', () => {
    const base = deferred(() => z.object({ id: z.uuid() }));
    const extended = deferred(() => base.extend({ count: z.number().int() }));
    const nested = z.object({ item: base.nullable(), items: z.array(extended) });
    const id = '0b8d1f1e-7a2f-4c1e-9a55-5b3c1f0e2d11';
    expect(nested.parse({ item: null, items: [{ id, count: 2 }] })).toEqual({
      item: null,
      items: [{ id, count: 2 }],
    });
    expect(nested.safeParse({ item: { id: 'nope' }, items: [] }).success).toBe(false);
    expect(Object.keys(extended.shape)).toEqual(['id', 'count']);
    expect(base instanceof z.ZodObject).toBe(true);
    expect(z.toJSONSchema(extended)).toEqual(
      z.toJSONSchema(z.object({ id: z.uuid() }).extend({ count: z.number().int() })),
    );
  });

  it('spreads a deferred group of fields', () => {
    const fields = deferred(() => ({ title: z.string().min(1), note: z.string().optional() }));
    const schema = z.object({ ...fields, done: z.boolean() });
    expect(Object.keys(schema.shape)).toEqual(['title', 'note', 'done']);
    expect(schema.safeParse({ title: '', done: true }).success).toBe(false);
  });

  it('gives enums their options and refinements their rules', () => {
    const kinds = deferred(() => z.enum(['a', 'b']));
    expect(kinds.options).toEqual(['a', 'b']);
    const even = deferred(() => z.number().refine((value) => value % 2 === 0, { error: 'Even' }));
    expect(even.safeParse(3).error?.issues[0]?.message).toBe('Even');
  });
});
