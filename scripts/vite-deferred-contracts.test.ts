import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferSchemas } from './vite-deferred-contracts.js';

const helper = '/app/deferred-schema.ts';

describe('deferSchemas', () => {
  it('defers the consts built with zod, other contracts or each other, and nothing else', () => {
    const source = [
      "import { z } from 'zod';",
      "import { uuidSchema } from './common.js';",
      "import { networkKeys } from '../core/strategy/networks.js';",
      "export const kinds = ['a', 'b'] as const; // « plain » data stays as it is",
      'const limit = 10 * 1024;',
      'export const kindSchema = z.enum(kinds);',
      'const fields = { id: uuidSchema, kind: kindSchema };',
      'export const itemSchema = z.object({ ...fields, max: z.number().max(limit) });',
      'export const itemListSchema = itemSchema.array();',
      'export const aliasSchema = itemSchema;',
      'export const networkCount = networkKeys.length;',
      'const isEven = (value: number) => value % 2 === 0;',
      'export function evenSchema() { return z.number().refine(isEven); }',
    ].join('\n');
    const deferred = deferSchemas(source, helper) ?? '';
    expect(deferred.split('\n')[0]).toBe(`import { deferred as deferredSchema } from "${helper}";`);
    for (const name of ['kindSchema', 'fields', 'itemSchema', 'itemListSchema'])
      expect(deferred).toMatch(
        new RegExp(`const ${name} = /\\* @__PURE__ \\*/ deferredSchema\\(\\(\\) => \\(`),
      );
    for (const line of [
      "export const kinds = ['a', 'b'] as const; // « plain » data stays as it is",
      'const limit = 10 * 1024;',
      'export const aliasSchema = itemSchema;',
      'export const networkCount = networkKeys.length;',
      'const isEven = (value: number) => value % 2 === 0;',
    ])
      expect(deferred).toContain(line);
    expect(deferred).toContain('deferredSchema(() => ({ id: uuidSchema, kind: kindSchema }))');
  });

  it('leaves a module that builds no schema alone', () => {
    expect(deferSchemas("export const kinds = ['a'] as const;\n", helper)).toBeNull();
  });

  it('keeps every contract module valid: each of its schemas deferred, the rest as written', () => {
    const contractsDir = path.resolve(import.meta.dirname, '../src/contracts');
    for (const file of readdirSync(contractsDir).filter((name) => !name.endsWith('.test.ts'))) {
      const source = readFileSync(path.join(contractsDir, file), 'utf8');
      const deferred = deferSchemas(source, helper);
      if (deferred === null) continue;
      // Nothing dropped or garbled: without the wrappers (and closing parentheses), the source.
      const unwrapped = deferred
        .split('\n')
        .slice(1)
        .join('\n')
        .replaceAll('/* @__PURE__ */ deferredSchema(() => (', '');
      const withoutClosings = (code: string) => code.replaceAll(/\s|\)/g, '');
      expect(withoutClosings(unwrapped), file).toBe(withoutClosings(source));
      // No exported zod schema is left to be built at evaluation.
      expect(deferred, file).not.toMatch(/^export const \w+ = z\b/m);
    }
  });
});
