import { z } from 'zod';
import { isoInstantSchema } from './common.js';

/**
 * The organisation behind this Cadence instance (an agency, a freelancer): its name, logo and
 * contact line head every client report the instance makes. One per instance, edited by its
 * administrators; none set, the reports carry no branding.
 */
export const organisationLimits = {
  nameMax: 120,
  contactLineMax: 200,
  websiteMax: 200,
  /** A logo file is small; a bigger one is refused before it is read. */
  logoMaxBytes: 2 * 1024 * 1024,
  /** Stored logos keep at most this long edge: ~4 cm of a printed A4 header at 300 dpi twice over. */
  logoLongEdge: 800,
} as const;

/** The logo types accepted: pdfkit embeds PNG and JPEG (WebP is re-encoded); SVG is refused. */
export const logoUploadMimeTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

const websiteSchema = z
  .string()
  .trim()
  .max(organisationLimits.websiteMax)
  .refine((value) => value === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), {
    message: 'A web address starting with https:// or http://',
  });

export const saveOrganisationBodySchema = z.object({
  name: z.string().trim().min(1).max(organisationLimits.nameMax),
  /** Printed as it is in the reports' footer (never a link in the app). */
  website: websiteSchema.default(''),
  /** A free line for the footer: an address, a phone number, an email. */
  contactLine: z.string().trim().max(organisationLimits.contactLineMax).default(''),
});
export type SaveOrganisationBody = z.input<typeof saveOrganisationBodySchema>;

export const organisationLogoSchema = z.object({
  mimeType: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int(),
  height: z.number().int(),
  byteSize: z.number().int(),
  /** Changes with each upload: the preview's address carries it, so a browser never shows an old one. */
  updatedAt: isoInstantSchema,
});

/** `name` is empty while no name is set (a logo may be sent first). */
export const organisationProfileSchema = z.object({
  name: z.string(),
  website: z.string(),
  contactLine: z.string(),
  logo: organisationLogoSchema.nullable(),
});
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;
