/**
 * Linking a tracked entry to posts by hand: the parts linked from one entry never exceed its
 * whole minutes. `requested` null asks for every minute still unlinked.
 */
export type EffortLinkCheck =
  | { ok: true; minutes: number }
  | { ok: false; code: 'effort_link_over_entry'; minutesLeft: number; entryMinutes: number };

export function minutesLeftOnEntry(entryMinutes: number, linkedMinutes: readonly number[]): number {
  const linked = linkedMinutes.reduce((sum, minutes) => sum + minutes, 0);
  return Math.max(0, entryMinutes - linked);
}

export function checkEffortLink(input: {
  entryMinutes: number;
  linkedMinutes: readonly number[];
  requested: number | null;
}): EffortLinkCheck {
  const minutesLeft = minutesLeftOnEntry(input.entryMinutes, input.linkedMinutes);
  const minutes = input.requested ?? minutesLeft;
  if (minutes < 1 || minutes > minutesLeft)
    return { ok: false, code: 'effort_link_over_entry', minutesLeft, entryMinutes: input.entryMinutes };
  return { ok: true, minutes };
}
