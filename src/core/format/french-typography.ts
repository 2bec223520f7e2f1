/** U+202F, the narrow no-break space French puts before ? ! ; */
export const narrowNoBreakSpace = '\u202f';
/** U+00A0, the no-break space French puts before : and between a number and its unit. */
export const noBreakSpace = '\u00a0';
/** U+2212, the minus sign (the hyphen "-" is not one). */
export const minusSign = '\u2212';

/**
 * French spacing of a sentence: a narrow no-break space before ? ! ; and a no-break space before
 * :, so they never start a line. An ordinary space (or none, after a letter) is replaced; text
 * without such punctuation, URLs ("https://") and clock times ("9:30") are left as they are.
 */
export function applyFrenchSpacing(text: string): string {
  return text
    .replace(/(?<=[\p{L}\p{N}»)\]}%€'’"]) ?([?!;])(?=\s|$|[«"'’)])/gu, `${narrowNoBreakSpace}$1`)
    .replace(/[ \u00a0\u202f]([?!;])/gu, `${narrowNoBreakSpace}$1`)
    .replace(/ :(?=\s|$)/gu, `${noBreakSpace}:`)
    .replace(/(?<=[\p{L}»)}\]]):(?=\s|$)/gu, `${noBreakSpace}:`);
}

/** Every string of a (nested) message catalogue, spaced the French way; the shape is kept. */
export function withFrenchTypography<T>(tree: T): T {
  if (typeof tree === 'string') return applyFrenchSpacing(tree) as T;
  if (Array.isArray(tree)) return tree.map((item) => withFrenchTypography(item)) as T;
  if (tree !== null && typeof tree === 'object')
    return Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [key, withFrenchTypography(value)]),
    ) as T;
  return tree;
}
