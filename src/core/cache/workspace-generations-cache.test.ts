import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkspaceGenerationsCache, readWorkspaceChange } from './workspace-generations-cache.js';

const workspaceA = '0b6c2a84-41a3-4f3e-9a53-1d2f0c7e5a01';
const workspaceB = '6f1d9e0a-73c2-4b8e-8f41-2a9c5d3e7b02';

const newCache = (limits: { maxEntries?: number; maxBytes?: number; maxTrackedWorkspaces?: number } = {}) =>
  createWorkspaceGenerationsCache<string>({
    maxEntries: limits.maxEntries ?? 100,
    maxBytes: limits.maxBytes ?? 10_000,
    sizeOf: (value) => value.length,
    ...(limits.maxTrackedWorkspaces ? { maxTrackedWorkspaces: limits.maxTrackedWorkspaces } : {}),
  });

describe('the workspace generations cache', () => {
  it('keeps a value read under the current generation until its workspace changes', () => {
    const cache = newCache();
    expect(cache.store(workspaceA, 'week', 'answer', cache.generationOf(workspaceA))).toBe(true);
    cache.store(workspaceB, 'week', 'other', cache.generationOf(workspaceB));
    expect(cache.get(workspaceA, 'week')).toBe('answer');
    cache.invalidate(workspaceA);
    expect(cache.get(workspaceA, 'week')).toBeUndefined();
    expect(cache.get(workspaceB, 'week')).toBe('other');
    cache.invalidateAll();
    expect(cache.get(workspaceB, 'week')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('does not keep what was read before a change it did not see', () => {
    const cache = newCache();
    const before = cache.generationOf(workspaceA);
    cache.invalidate(workspaceA);
    expect(cache.store(workspaceA, 'week', 'stale', before)).toBe(false);
    const beforeAll = cache.generationOf(workspaceB);
    cache.invalidateAll();
    expect(cache.store(workspaceB, 'week', 'stale', beforeAll)).toBe(false);
    // Another workspace's change does not concern this one.
    const current = cache.generationOf(workspaceA);
    cache.invalidate(workspaceB);
    expect(cache.store(workspaceA, 'week', 'fresh', current)).toBe(true);
  });

  it('drops the least recently used first, by entries and by bytes', () => {
    const cache = newCache({ maxEntries: 2, maxBytes: 10 });
    const keep = (key: string, value: string) =>
      cache.store(workspaceA, key, value, cache.generationOf(workspaceA));
    keep('one', 'aaa');
    keep('two', 'bbb');
    cache.get(workspaceA, 'one');
    keep('three', 'ccc');
    expect(cache.get(workspaceA, 'two')).toBeUndefined();
    expect(cache.get(workspaceA, 'one')).toBe('aaa');
    keep('big', 'dddddddd');
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(8);
    expect(keep('too big', 'x'.repeat(11))).toBe(false);
    expect(cache.get(workspaceA, 'big')).toBe('dddddddd');
  });

  it('moves every workspace on when it tracks too many, so its bookkeeping stays bounded', () => {
    const cache = newCache({ maxTrackedWorkspaces: 1 });
    cache.store(workspaceB, 'week', 'answer', cache.generationOf(workspaceB));
    const before = cache.generationOf(workspaceB);
    cache.invalidate(workspaceA);
    cache.invalidate('a third workspace');
    expect(cache.generationOf(workspaceB)).not.toBe(before);
    expect(cache.get(workspaceB, 'week')).toBeUndefined();
  });

  it('never serves a value read before the last change of its workspace (any sequence)', () => {
    type Step = { kind: 'read' | 'store' | 'change' | 'changeAll'; workspace: 0 | 1; key: 0 | 1 };
    const step = fc.record({
      kind: fc.constantFrom('read', 'store', 'change', 'changeAll'),
      workspace: fc.constantFrom(0, 1),
      key: fc.constantFrom(0, 1),
    }) as fc.Arbitrary<Step>;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const cache = newCache({ maxEntries: 3 });
        const workspaces = [workspaceA, workspaceB] as const;
        // The "database": a version per workspace; a read takes its generation, then its value.
        const versions = [0, 0];
        const pendingReads: { workspace: 0 | 1; key: 0 | 1; generation: number; value: string }[] = [];
        for (const { kind, workspace, key } of steps) {
          const id = workspaces[workspace];
          if (kind === 'read')
            pendingReads.push({
              workspace,
              key,
              generation: cache.generationOf(id),
              value: `v${versions[workspace]}`,
            });
          else if (kind === 'store') {
            const read = pendingReads.shift();
            if (read) cache.store(workspaces[read.workspace], `k${read.key}`, read.value, read.generation);
          } else if (kind === 'change') {
            versions[workspace] = (versions[workspace] ?? 0) + 1;
            cache.invalidate(id);
          } else {
            versions[0] = (versions[0] ?? 0) + 1;
            versions[1] = (versions[1] ?? 0) + 1;
            cache.invalidateAll();
          }
          for (const index of [0, 1] as const)
            for (const k of [0, 1]) {
              const kept = cache.get(workspaces[index], `k${k}`);
              if (kept !== undefined) expect(kept).toBe(`v${versions[index]}`);
            }
        }
      }),
    );
  });
});

describe('a change notification', () => {
  it('names one workspace (in lower case), or every workspace', () => {
    expect(readWorkspaceChange(workspaceA.toUpperCase())).toEqual({ workspaceId: workspaceA });
    expect(readWorkspaceChange('*')).toBe('all');
    expect(readWorkspaceChange('not an id')).toBe('all');
  });
});
