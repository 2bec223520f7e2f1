import { useEffect, useState } from 'react';
import type { TimerState } from '../../../contracts/tracking.js';

/** `h:mm:ss`, as a stopwatch shows it. */
export function formatElapsed(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The device's clock, ticking every second while `active`. */
export function useNow(active: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [active]);
  return now;
}

/**
 * Seconds the running timer has run, on the server's clock: its answer's `now`, shifted by the
 * time passed on this device since (`dataUpdatedAt`), so a device's wrong clock does not show.
 */
export function useRunningSeconds(timer: TimerState | undefined, dataUpdatedAt: number): number | null {
  const running = timer?.running ?? null;
  const now = useNow(Boolean(running));
  if (!timer || !running) return null;
  const offset = Date.parse(timer.now) - dataUpdatedAt;
  return (now + offset - Date.parse(running.startedAt)) / 1000;
}
