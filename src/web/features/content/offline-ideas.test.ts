import { describe, expect, it } from 'vitest';
import { flushQueuedIdeas, type QueuedIdea, queueIdea, readQueuedIdeas } from './offline-ideas.js';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}
const idea = (text: string): QueuedIdea => ({
  workspaceId: 'w',
  body: { text },
  queuedAt: '2026-12-04T10:00:00Z',
});

describe('offline idea queue', () => {
  it('sends in order, drops refused ideas and keeps the rest when the network fails again', async () => {
    const storage = memoryStorage();
    for (const text of ['one', 'refused', 'two', 'three']) queueIdea(storage, idea(text));
    const attempts: string[] = [];
    const sent = await flushQueuedIdeas(storage, async (next) => {
      attempts.push(next.body.text);
      if (next.body.text === 'refused') return 'refused';
      return next.body.text === 'three' ? 'offline' : 'sent';
    });
    expect(sent).toBe(2);
    expect(attempts).toEqual(['one', 'refused', 'two', 'three']);
    expect(readQueuedIdeas(storage).map((item) => item.body.text)).toEqual(['three']);
  });

  it('survives a corrupted store', () => {
    const storage = memoryStorage();
    storage.setItem('cadence.offline-ideas', '{not json');
    expect(readQueuedIdeas(storage)).toEqual([]);
  });
});
