import type { CreateIdeaBody } from '../../../contracts/content.js';

/** An idea captured while the device was offline, kept on the device until it can be sent. */
export type QueuedIdea = {
  workspaceId: string;
  body: Partial<CreateIdeaBody> & { text: string };
  queuedAt: string;
};

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;
const storageKey = 'cadence.offline-ideas';

export function readQueuedIdeas(storage: Storage): QueuedIdea[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as QueuedIdea[]) : [];
  } catch {
    return [];
  }
}

export function queueIdea(storage: Storage, idea: QueuedIdea) {
  storage.setItem(storageKey, JSON.stringify([...readQueuedIdeas(storage), idea]));
}

/**
 * Sends the queued ideas in the order they were caught. An idea the server refuses (4xx) is
 * dropped: sending it again would fail the same way. A network failure stops the flush and keeps
 * what is left for the next time the device is online. Returns how many were sent.
 */
export async function flushQueuedIdeas(
  storage: Storage,
  send: (idea: QueuedIdea) => Promise<'sent' | 'refused' | 'offline'>,
): Promise<number> {
  const queue = readQueuedIdeas(storage);
  let sent = 0;
  while (queue.length > 0) {
    const [next] = queue;
    if (!next) break;
    const outcome = await send(next);
    if (outcome === 'offline') break;
    queue.shift();
    storage.setItem(storageKey, JSON.stringify(queue));
    if (outcome === 'sent') sent += 1;
  }
  return sent;
}
