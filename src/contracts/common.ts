import { z } from 'zod';

/** RFC 9457 problem details, the body of every error the API returns. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  /** Stable machine code; the web app translates it. */
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const uuidSchema = z.uuid();
export const isoInstantSchema = z.iso.datetime({ offset: true });

/**
 * The years Cadence accepts in any date or instant a person sends: 1970 to 2199. Beyond, years
 * stop being 4-digit ISO in some computations (a week after 9999-12-31), JavaScript reads years
 * below 100 as 19xx/20xx, and PostgreSQL refuses year 0: one range, the same on every route.
 */
export const supportedYears = { from: 1970, to: 2199 } as const;
const isSupportedYear = (year: number) => year >= supportedYears.from && year <= supportedYears.to;
const yearRangeError = { error: `Between ${supportedYears.from} and ${supportedYears.to}` };

/** A calendar date (YYYY-MM-DD) within the supported years: the one date schema of the API. */
export const dateSchema = z.iso
  .date()
  .refine((date) => isSupportedYear(Number(date.slice(0, 4))), yearRangeError);
/** An instant with its offset, within the supported years. */
export const instantSchema = isoInstantSchema.refine(
  (instant) => isSupportedYear(new Date(instant).getUTCFullYear()),
  yearRangeError,
);

/**
 * The rule of every PATCH: a body that names nothing to change (`{}`, or only unknown keys, which
 * parsing drops) is refused with a clear message rather than reaching the database empty.
 */
export function requireSomethingToChange<Schema extends z.ZodType<object>>(schema: Schema) {
  return schema.refine((body) => Object.keys(body).length > 0, { error: 'Nothing to change' });
}

export const locales = ['fr', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, { error: 'Unknown time zone (expected an IANA name such as Europe/Paris)' });

/** The currencies a workspace can keep its money in (ISO 4217). */
export const currencies = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'XOF',
  'XAF',
  'MAD',
  'TND',
  'DZD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'JPY',
] as const;
export const currencySchema = z.enum(currencies);

/** Integer cents, never floats: money is exact. */
export const centsSchema = z.number().int().min(0).max(100_000_000_00);

export const emptyResponseSchema = z.null();

/**
 * Marks a body field that carries a file's text (an import): the request-wide NUL rule skips it,
 * because a file is read line by line and its NULs are reported per line.
 */
export const fileTextMeta = { 'x-file-text': true } as const;

/**
 * Where a value holds the NUL character (U+0000), as a dotted path (`notes.0.text`), or null.
 * PostgreSQL cannot store it in text, so every request is checked for it before its schema: the
 * caller learns which field to fix instead of a failed write. Iterative: a deeply nested body
 * cannot overflow the stack here.
 */
export function findNulCharacter(
  value: unknown,
  skippedKeys: ReadonlySet<string> = new Set(),
): string | null {
  const pending: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop() as { value: unknown; path: string[] };
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path.join('.');
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        if (key.includes('\u0000')) return [...path, key].join('.');
        if (path.length === 0 && skippedKeys.has(key)) continue;
        pending.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}
