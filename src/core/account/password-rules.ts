import { commonPasswords } from './common-passwords.js';

export type PasswordRefusal = 'common' | 'email';

/** "Motdepasse2026!" is still "motdepasse": digits and symbols added at the end change nothing. */
function withoutTrailingDecoration(text: string): string {
  return text.replace(/[\d\W_]+$/u, '');
}

/** "batman123" in the list refuses "batman2026!" too: lists are compared on their bare words. */
const commonWords: ReadonlySet<string> = new Set(
  [...commonPasswords].map(withoutTrailingDecoration).filter((word) => word.length >= 4),
);

/** "aaaaaaaa", "12345678", "hgfedcba": one character repeated, or a run of consecutive ones. */
function isRunOfCharacters(text: string): boolean {
  const codes = [...text].map((character) => character.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, index) => code - (codes[index] ?? 0)));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0] ?? 2);
}

/**
 * Why a password that meets the length rule is still refused: it is among the most common ones
 * (which guessing attacks try first), or it is the account's own address or the part before the @.
 * Compared without case, and with digits or symbols added at the end taken off.
 */
export function findPasswordRefusal(password: string, email: string | undefined): PasswordRefusal | null {
  const lowered = password.trim().toLowerCase();
  const stripped = withoutTrailingDecoration(lowered);
  if (email !== undefined) {
    const address = email.trim().toLowerCase();
    const localPart = address.split('@')[0] ?? '';
    if (
      [lowered, stripped].some(
        (candidate) => candidate === address || (localPart.length > 0 && candidate === localPart),
      )
    )
      return 'email';
  }
  if (commonPasswords.has(lowered) || commonWords.has(stripped)) return 'common';
  if (isRunOfCharacters(lowered) || (stripped.length >= 4 && isRunOfCharacters(stripped))) return 'common';
  return null;
}
