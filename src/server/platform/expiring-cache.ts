/**
 * A small in-process map whose entries expire, bounded in size (the oldest entry goes first).
 * For facts that every request asks for and that rarely change (who holds this session, which
 * role a person has in a workspace): the process that makes a change forgets the entry at once,
 * other processes see it when the entry expires.
 */
export type ExpiringCache<K, V> = {
  get(key: K): V | undefined;
  /**
   * The kept value, or `load`'s, kept unless null. A value loaded while any entry was forgotten is
   * returned but not kept: it may have been read before the change that made us forget.
   */
  getOrLoad(key: K, load: () => Promise<V | null>, expiresAtOf?: (value: V) => number): Promise<V | null>;
  /** Keeps `value` until `ttl` from now, or until `expiresAt` (epoch ms) when that is sooner. */
  set(key: K, value: V, expiresAt?: number): void;
  delete(key: K): void;
  deleteWhere(matches: (key: K, value: V) => boolean): void;
  clear(): void;
  readonly size: number;
};

export type ExpiringCacheOptions = {
  ttlMilliseconds: number;
  maxEntries: number;
  /** Epoch milliseconds; injectable so tests can move time. */
  now?: () => number;
};

export function createExpiringCache<K, V>({
  ttlMilliseconds,
  maxEntries,
  now = Date.now,
}: ExpiringCacheOptions): ExpiringCache<K, V> {
  const entries = new Map<K, { value: V; expiresAt: number }>();
  let forgettings = 0;
  const cache: ExpiringCache<K, V> = {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async getOrLoad(key, load, expiresAtOf) {
      const kept = cache.get(key);
      if (kept !== undefined) return kept;
      const forgettingsBefore = forgettings;
      const loaded = await load();
      if (loaded !== null && forgettings === forgettingsBefore) cache.set(key, loaded, expiresAtOf?.(loaded));
      return loaded;
    },
    set(key, value, expiresAt = Number.POSITIVE_INFINITY) {
      // Re-inserting moves the key to the end of the map's order, so eviction takes the oldest.
      entries.delete(key);
      entries.set(key, { value, expiresAt: Math.min(now() + ttlMilliseconds, expiresAt) });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
    delete(key) {
      forgettings++;
      entries.delete(key);
    },
    deleteWhere(matches) {
      forgettings++;
      for (const [key, entry] of entries) if (matches(key, entry.value)) entries.delete(key);
    },
    clear() {
      forgettings++;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
  return cache;
}
