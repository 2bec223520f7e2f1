import { describe, expect, it } from 'vitest';
import { createOneAtATime } from './one-at-a-time.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('one at a time', () => {
  it('runs the works of one key in turn and those of other keys side by side, even when one throws', async () => {
    const oneAtATime = createOneAtATime();
    const events: string[] = [];
    const work =
      (name: string, fail = false) =>
      async () => {
        events.push(`${name} starts`);
        await tick();
        events.push(`${name} ends`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      oneAtATime('a', work('a1', true)),
      oneAtATime('a', work('a2')),
      oneAtATime('b', work('b1')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    const at = (event: string) => events.indexOf(event);
    expect(at('a2 starts')).toBeGreaterThan(at('a1 ends'));
    expect(at('b1 starts')).toBeLessThan(at('a1 ends'));
    expect(await oneAtATime('a', work('a3'))).toBe('a3');
  });
});
