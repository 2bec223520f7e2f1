import { type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * Runs `work` once, in the browser's frame that first paints the component: for what reads the
 * page's geometry, scrolls or moves focus (each makes the browser lay the page out there and
 * then). Run from React's commit, that layout lands in the commit's task, before the rest of the
 * page is drawn, and the frame lays the page out again; in the frame, just before it paints, it
 * is the frame's own layout, done once, and what it changes is in the first picture (no jump).
 * Scheduled from a layout effect, so the frame is the one that paints this commit.
 */
export function useBeforeFirstPaint(work: () => void): void {
  const latestWork = useRef(work);
  latestWork.current = work;
  useLayoutEffect(() => {
    const frame = window.requestAnimationFrame(() => latestWork.current());
    return () => window.cancelAnimationFrame(frame);
  }, []);
}

/**
 * A field focused when its page opens, as `autoFocus` did, but in the first frame: React's
 * `autoFocus` focuses from the commit, and a focus lays the page out at once (160 ms of the
 * sign-in page's commit at 4x). The field is still focused before anything is painted.
 */
export function useFocusBeforeFirstPaint<Field extends HTMLElement>(
  isWanted = true,
): RefObject<Field | null> {
  const field = useRef<Field>(null);
  useBeforeFirstPaint(() => {
    if (isWanted) field.current?.focus();
  });
  return field;
}
