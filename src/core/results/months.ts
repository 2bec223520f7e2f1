/** `2026-11` + 3 -> `2027-02` (local months, plain strings: no zone involved). */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const rangePresets = ['last12', 'thisYear', 'lastYear'] as const;
export type RangePreset = (typeof rangePresets)[number];

/** The months a preset covers, from today's local date in the workspace's zone. */
export function resolveRangePreset(preset: RangePreset, today: string): { from: string; to: string } {
  const thisMonth = today.slice(0, 7);
  const year = Number(today.slice(0, 4));
  if (preset === 'thisYear') return { from: `${year}-01`, to: `${year}-12` };
  if (preset === 'lastYear') return { from: `${year - 1}-01`, to: `${year - 1}-12` };
  return { from: addMonths(thisMonth, -11), to: thisMonth };
}
