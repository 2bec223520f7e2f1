import { startTransition, useEffect, useState } from 'react';

let isFirstPageDrawn = false;

/**
 * False until the browser is idle after the first page of the visit is drawn, then true (and true
 * at once for anything mounted later). For what the first drawing does not show and no layout
 * depends on (the bell's unread count, the menu's administrator link, recording the last
 * workspace opened): its request no longer competes with the page's own data and chunks, and its
 * answer is not drawn in the middle of the page's first render.
 */
export function useAfterFirstDraw(): boolean {
  const [isDrawn, setDrawn] = useState(isFirstPageDrawn);
  useEffect(() => {
    if (isDrawn) return;
    const done = () => {
      isFirstPageDrawn = true;
      // As a transition, what appears now is drawn in slices: a plain update would redraw the
      // component and all it holds (the whole header, for the frame) in one task.
      startTransition(() => setDrawn(true));
    };
    // The frame draws its page in a deferred pass: an idle moment comes after it has been painted.
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(done, { timeout: 3000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(done, 1000);
    return () => window.clearTimeout(id);
  }, [isDrawn]);
  return isDrawn;
}
