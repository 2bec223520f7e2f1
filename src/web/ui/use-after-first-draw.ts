import { startTransition, useEffect, useState } from 'react';

let isFirstPageDrawn = false;
let firstPageDrawn: Promise<void> | undefined;

/**
 * Resolves once the first page of the visit is on screen: the browser idle after drawing it (the
 * frame draws its page in a deferred pass; an idle moment comes after it), then one more frame
 * painted. Without that last frame, what waited for idleness (the toasts' code, the timer form)
 * was still asked for before the page's own paint, beside its last requests on a slow line.
 */
function whenFirstPageDrawn(): Promise<void> {
  firstPageDrawn ??= new Promise<void>((resolve) => {
    const afterNextPaint = () => requestAnimationFrame(() => window.setTimeout(resolve, 0));
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(afterNextPaint, { timeout: 3000 });
    else window.setTimeout(afterNextPaint, 1000);
  }).then(() => {
    isFirstPageDrawn = true;
  });
  return firstPageDrawn;
}

/**
 * False until the first page of the visit is drawn (above), then true (and true at once for
 * anything mounted later). For what the first drawing does not show and no layout depends on (the
 * bell's unread count, the menu's administrator link, recording the last workspace opened, the
 * toasts' host): its request no longer competes with the page's own data and chunks, and its
 * answer is not drawn in the middle of the page's first render.
 */
export function useAfterFirstDraw(): boolean {
  const [isDrawn, setDrawn] = useState(isFirstPageDrawn);
  useEffect(() => {
    if (isDrawn) return;
    let isMounted = true;
    void whenFirstPageDrawn().then(() => {
      // As a transition, what appears now is drawn in slices: a plain update would redraw the
      // component and all it holds (the whole header, for the frame) in one task.
      if (isMounted) startTransition(() => setDrawn(true));
    });
    return () => {
      isMounted = false;
    };
  }, [isDrawn]);
  return isDrawn;
}
