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
