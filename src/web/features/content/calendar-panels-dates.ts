/** The first day of the month holding `date` (YYYY-MM-DD). */
export const monthStartOf = (date: string) => `${date.slice(0, 8)}01`;

/** The first day of the month after the one holding `date`. */
export function nextMonthStart(date: string) {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
