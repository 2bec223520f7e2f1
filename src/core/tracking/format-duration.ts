import { roundHalfAwayFromZero } from './duration.js';

/**
 * - `clock`: `1:30`, `0:05`, `25:00` (hours:minutes, rounded to the nearest minute)
 * - `clock-seconds`: `1:30:00` (exact, what trackers export)
 * - `compact`: `1h30`, `2h`, `45m`, `0m` (rounded to the nearest minute; re-readable by
 *   `parseDurationInput`)
 * - `decimal`: hours with two decimals, `1.50` / `1,50` with `decimalSeparator: ','`
 */
export type DurationStyle = 'clock' | 'clock-seconds' | 'compact' | 'decimal';

export interface FormatDurationOptions {
  decimalSeparator?: '.' | ',';
}

/**
 * Formats signed seconds (negative values are deltas such as "over budget") for display.
 * Rounding to minutes is to the nearest, halves away from zero (30 s -> 1 min), so a displayed
 * total can differ by a minute from the sum of displayed rows; format the exact total, never sum
 * formatted values.
 */
export function formatDuration(
  seconds: number,
  style: DurationStyle,
  options: FormatDurationOptions = {},
): string {
  if (!Number.isFinite(seconds)) throw new RangeError(`Cannot format a duration of ${seconds} seconds`);
  const sign = seconds < 0 ? '-' : '';
  const magnitude = Math.abs(roundHalfAwayFromZero(seconds));

  if (style === 'clock-seconds') {
    const hours = Math.floor(magnitude / 3600);
    const minutes = Math.floor((magnitude % 3600) / 60);
    return `${magnitude === 0 ? '' : sign}${hours}:${pad2(minutes)}:${pad2(magnitude % 60)}`;
  }
  if (style === 'decimal') {
    const hundredths = roundHalfAwayFromZero(magnitude / 36);
    const text = `${Math.floor(hundredths / 100)}.${pad2(hundredths % 100)}`;
    const formatted = options.decimalSeparator === ',' ? text.replace('.', ',') : text;
    return hundredths === 0 ? formatted : `${sign}${formatted}`;
  }

  const totalMinutes = roundHalfAwayFromZero(magnitude / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const visibleSign = totalMinutes === 0 ? '' : sign;
  if (style === 'clock') return `${visibleSign}${hours}:${pad2(minutes)}`;
  if (hours === 0) return `${visibleSign}${minutes}m`;
  return minutes === 0 ? `${visibleSign}${hours}h` : `${visibleSign}${hours}h${pad2(minutes)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
