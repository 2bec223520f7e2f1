import { dateTimeFormat } from '../../../core/format/date-time-format.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';

export type DayState = 'covered' | 'silent' | 'ahead';

/**
 * Each day of the week: silent (in a silent stretch), ahead (not judged yet: after `judgedUntil`,
 * the last day silences are judged on, so today while it lasts) or covered.
 */
export function dayStates(
  weekStart: string,
  judgedUntil: string | null,
  stretches: readonly { from: string; to: string }[],
): { date: string; state: DayState }[] {
  return Array.from({ length: 7 }, (_, offset) => {
    const date = addDaysToDate(weekStart, offset);
    if (judgedUntil === null || date > judgedUntil) return { date, state: 'ahead' as const };
    const isSilent = stretches.some((stretch) => stretch.from <= date && date <= stretch.to);
    return { date, state: isSilent ? ('silent' as const) : ('covered' as const) };
  });
}

const fills: Record<DayState, string> = {
  covered: 'var(--mantine-color-teal-6)',
  silent: 'var(--mantine-color-red-2)',
  ahead: 'var(--mantine-color-gray-2)',
};

/**
 * Seven squares, Monday to Sunday: the days a network's posts covered, the silent ones and those
 * still ahead. Decorative: the same facts are written next to it.
 */
export function WeekStrip({
  days,
  language,
}: {
  days: { date: string; state: DayState }[];
  language: string;
}) {
  return (
    <svg
      viewBox="0 0 196 34"
      width={196}
      height={34}
      aria-hidden
      style={{ display: 'block', maxWidth: '100%' }}
    >
      {days.map((day, index) => (
        <g key={day.date}>
          <rect x={index * 28} y={0} width={24} height={18} rx={3} fill={fills[day.state]} />
          <text
            x={index * 28 + 12}
            y={31}
            textAnchor="middle"
            fontSize={10}
            fill="var(--mantine-color-dimmed)"
          >
            {dateTimeFormat(language, { weekday: 'narrow', timeZone: 'UTC' })
              .format(new Date(`${day.date}T12:00:00Z`))
              .toUpperCase()}
          </text>
        </g>
      ))}
    </svg>
  );
}
