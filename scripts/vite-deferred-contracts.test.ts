import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferredContracts, deferSchemas } from './vite-deferred-contracts.js';

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

describe('deferredContracts', () => {
  const plugin = deferredContracts('/repo/src/contracts', '/repo/src/core', helper);
  const transform = (code: string, id: string) =>
    (plugin.transform as { handler: (code: string, id: string) => { code: string } | null }).handler(
      code,
      id,
    );

  it("defers the schemas of src/contracts and src/core (the routine's shapes), of no other folder", () => {
    const source = "import { z } from 'zod';\nconst dateSchema = z.string();\n";
    for (const id of ['/repo/src/contracts/common.ts', '/repo/src/core/routine/routine-block.ts'])
      expect(transform(source, id)?.code, id).toContain('deferredSchema(() => (z.string()))');
    for (const id of ['/repo/src/web/features/budget/budget-queries.ts', '/repo/src/core/routine/x.test.ts'])
      expect(transform(source, id), id).toBeNull();
  });

  it("in src/core, takes a sibling module's exports for plain code, not for schemas", () => {
    const source = [
      "import { z } from 'zod';",
      "import { makeFormatter } from './format.js';",
      "export const formatDay = makeFormatter({ day: 'numeric' });",
      'export const daySchema = z.string();',
    ].join('\n');
    const core = transform(source, '/repo/src/core/time/day.ts')?.code ?? '';
    expect(core).toContain("export const formatDay = makeFormatter({ day: 'numeric' });");
    expect(core).toContain('deferredSchema(() => (z.string()))');
    expect(transform(source, '/repo/src/contracts/day.ts')?.code).toContain(
      'deferredSchema(() => (makeFormatter(',
    );
    expect(
      transform("import { f } from './f.js';\nexport const g = f();\n", '/repo/src/core/g.ts'),
    ).toBeNull();
  });
});
