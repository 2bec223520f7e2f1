/**
 * A draft brought up to a newer version of what it edits. A field the person changed from
 * `before` keeps their value; every other field takes `after`'s. So a teammate's edit, an approval
 * or a scheduled status arrives without wiping what is being typed, and a field the server
 * normalised on saving (a trimmed link) comes back as saved. Fields compare by value.
 */
export function rebaseDraft<Draft extends object>(draft: Draft, before: Draft, after: Draft): Draft {
  const rebased = { ...after };
  for (const key of Object.keys(draft) as (keyof Draft)[]) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(before[key])) rebased[key] = draft[key];
  }
  return rebased;
}
