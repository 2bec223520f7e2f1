import { useEffect } from 'react';
import { formatElapsed } from './elapsed.js';

/**
 * While a timer runs, the tab's title starts with its time and what it is for
 * ("0:12:03 · Communication — Cadence"), so it reads from another tab as in Toggl; the title
 * the page had is put back when the timer stops or the header leaves.
 */
export function useTimerTabTitle(elapsedSeconds: number | null, label: string) {
  const isRunning = elapsedSeconds !== null;
  useEffect(() => {
    if (!isRunning) return;
    const original = document.title;
    return () => {
      document.title = original;
    };
  }, [isRunning]);
  useEffect(() => {
    if (elapsedSeconds === null) return;
    const base = document.title.replace(/^\d+:\d\d:\d\d · .*? — /, '');
    document.title = `${formatElapsed(elapsedSeconds)} · ${label} — ${base}`;
  }, [elapsedSeconds, label]);
}
