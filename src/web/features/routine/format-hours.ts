import { formatMinutes } from '../../../core/format/format-minutes.js';

/** `90` -> `1 h 30` (fr) / `1 h 30 min` (en): routine and budget durations as people read them. */
export function formatHours(minutes: number, language: string): string {
  return formatMinutes(minutes, language);
}
