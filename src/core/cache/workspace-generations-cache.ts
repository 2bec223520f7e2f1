/**
 * Answers remembered per workspace, each valid only while its workspace has not changed since it
 * was read. A workspace's generation moves on every change to it (`invalidate`) or to all
 * (`invalidateAll`); an entry keeps the generation it was read under and is dropped once that is
 * not the current one. A reader takes the generation BEFORE it reads and hands it to `store`,
 * which keeps nothing if the workspace changed meanwhile: what it read may predate the change.
 *
 * Bounded by entries and by bytes (`sizeOf`), the least recently used going first. Pure: the
 * caller decides what a change is (a database notification, its own write) and what a value is.
 * Workspace ids are compared as given: the caller writes them one way (lower case).
 */
export type WorkspaceGenerationsCache<V> = {
  /** The token a reader takes before reading, to give back to `store`. */
  generationOf(workspaceId: string): number;
  get(workspaceId: string, key: string): V | undefined;
  /** Keeps `value` unless the workspace changed since `generation` was taken; says whether it did. */
  store(workspaceId: string, key: string, value: V, generation: number): boolean;
  invalidate(workspaceId: string): void;
  invalidateAll(): void;
  readonly size: number;
  readonly bytes: number;
};

export type WorkspaceGenerationsCacheOptions<V> = {
  maxEntries: number;
  maxBytes: number;
  sizeOf: (value: V) => number;
  /**
   * How many workspaces may have their own generation before they all share a new one (an
   * `invalidateAll`): keeps the bookkeeping bounded on an instance with many workspaces.
   */
  maxTrackedWorkspaces?: number;
};

type Entry<V> = { workspaceId: string; generation: number; value: V; size: number };

export function createWorkspaceGenerationsCache<V>({
  maxEntries,
  maxBytes,
  sizeOf,
  maxTrackedWorkspaces = 10_000,
}: WorkspaceGenerationsCacheOptions<V>): WorkspaceGenerationsCache<V> {
  // One counter for every change: a workspace's generation is the later of its own last change
  // and the last change to all, so both kinds move it and it never comes back to an older value.
  let changes = 0;
  let allChangedAt = 0;
  const changedAt = new Map<string, number>();
  const entries = new Map<string, Entry<V>>();
  let bytes = 0;

  const generationOf = (workspaceId: string) => Math.max(changedAt.get(workspaceId) ?? 0, allChangedAt);
  const entryKey = (workspaceId: string, key: string) => `${workspaceId}\n${key}`;
  const remove = (key: string, entry: Entry<V>) => {
    entries.delete(key);
    bytes -= entry.size;
  };
  const invalidateAll = () => {
    allChangedAt = ++changes;
    changedAt.clear();
    entries.clear();
    bytes = 0;
  };

  return {
    generationOf,
    get(workspaceId, key) {
      const fullKey = entryKey(workspaceId, key);
      const entry = entries.get(fullKey);
      if (!entry) return undefined;
      if (entry.generation !== generationOf(workspaceId)) {
        remove(fullKey, entry);
        return undefined;
      }
      // Re-inserted at the end of the map's order: eviction takes the least recently used first.
      entries.delete(fullKey);
      entries.set(fullKey, entry);
      return entry.value;
    },
    store(workspaceId, key, value, generation) {
      if (generation !== generationOf(workspaceId)) return false;
      const size = sizeOf(value);
      if (size > maxBytes) return false;
      const fullKey = entryKey(workspaceId, key);
      const previous = entries.get(fullKey);
      if (previous) remove(fullKey, previous);
      entries.set(fullKey, { workspaceId, generation, value, size });
      bytes += size;
      for (const [oldestKey, oldest] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        remove(oldestKey, oldest);
      }
      return true;
    },
    invalidate(workspaceId) {
      if (changedAt.size >= maxTrackedWorkspaces && !changedAt.has(workspaceId)) {
        invalidateAll();
        return;
      }
      changedAt.set(workspaceId, ++changes);
      for (const [key, entry] of entries) if (entry.workspaceId === workspaceId) remove(key, entry);
    },
    invalidateAll,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

/** What a change notification names: one workspace, or every workspace ('*', or unreadable). */
export function readWorkspaceChange(payload: string): { workspaceId: string } | 'all' {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(payload)
    ? { workspaceId: payload.toLowerCase() }
    : 'all';
}
