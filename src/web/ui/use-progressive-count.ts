import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a page's sections to draw: `first` at once, then one more after each frame until
 * `total`. Drawn together, the overview's cards were one commit of ~540 components and one style
 * and layout pass over all of them (160 + 176 ms at a phone's 4× slowdown, each a long task); one
 * at a time, each is a short task, and the first screen's sections are not waiting on the rest.
 * The later sections are added below the first ones, so nothing already drawn moves.
 */
export function useProgressiveCount(total: number, first: number): number {
  const [count, setCount] = useState(Math.min(first, total));
  useEffect(() => {
    if (count >= total) return;
    let timer = 0;
    // After the frame that lays out what was just added: one section per frame.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setCount((value) => value + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [count, total]);
  return count;
}
