/** `90` -> `1.5 h` / `1,5 h`: routine and budget hours, to the tenth, in the interface's language. */
export function formatHours(minutes: number, language: string): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours.toLocaleString(language, { maximumFractionDigits: 1 })} h`;
}
