import { describe, expect, it } from 'vitest';
import { createExpiringCache } from './expiring-cache.js';

function cacheAt(start = 0, maxEntries = 10) {
  const clock = { now: start };
  const cache = createExpiringCache<string, string>({
    ttlMilliseconds: 1_000,
    maxEntries,
    now: () => clock.now,
  });
  return { cache, clock };
}

describe('expiring cache', () => {
  it('keeps a value for its TTL, or until its own expiry when sooner', () => {
    const { cache, clock } = cacheAt();
    cache.set('a', 'A');
    cache.set('b', 'B', 400);
    clock.now = 399;
    expect([cache.get('a'), cache.get('b')]).toEqual(['A', 'B']);
    clock.now = 400;
    expect([cache.get('a'), cache.get('b')]).toEqual(['A', undefined]);
    clock.now = 1_000;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the oldest entry beyond its size', () => {
    const { cache } = cacheAt(0, 2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('a', 'A2');
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A2', undefined, 'C']);
  });

  it('loads once, and never keeps a missing value', async () => {
    const { cache } = cacheAt();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return loads === 1 ? null : `value ${loads}`;
    };
    expect(await cache.getOrLoad('k', load)).toBeNull();
    expect(await cache.getOrLoad('k', load)).toBe('value 2');
    expect(await cache.getOrLoad('k', load)).toBe('value 2');
    expect(loads).toBe(2);
  });

  it('does not keep a value loaded while an entry was forgotten: it may predate the change', async () => {
    const { cache } = cacheAt();
    let release: (value: string) => void = () => {};
    const pending = cache.getOrLoad('role', () => new Promise<string>((resolve) => (release = resolve)));
    cache.delete('role');
    release('manager');
    expect(await pending).toBe('manager');
    expect(cache.get('role')).toBeUndefined();
    expect(await cache.getOrLoad('role', async () => 'viewer')).toBe('viewer');
    expect(cache.get('role')).toBe('viewer');
  });

  it('forgets by predicate and all at once', () => {
    const { cache } = cacheAt();
    cache.set('w1:u1', 'owner');
    cache.set('w1:u2', 'viewer');
    cache.set('w2:u1', 'member');
    cache.deleteWhere((key) => key.startsWith('w1:'));
    expect(cache.size).toBe(1);
    cache.clear();
    expect(cache.get('w2:u1')).toBeUndefined();
  });
});
