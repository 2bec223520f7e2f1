import { z } from 'zod';
import { isoInstantSchema, requireSomethingToChange, uuidSchema } from './common.js';
import { networkKeySchema } from './networks.js';
import { workspaceParamsSchema } from './workspaces.js';

/** The image types Cadence keeps; anything else (SVG first of all) is refused at upload. */
export const mediaMimeTypeSchema = z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

/** Alternative text: what a person who cannot see the image is told (the networks' own maximum). */
export const altTextSchema = z.string().max(1500);

/** An image of a post, as the API describes it (its bytes are read from its own route). */
export const mediaSchema = z.object({
  id: uuidSchema,
  mimeType: mediaMimeTypeSchema,
  byteSize: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  isAnimated: z.boolean(),
  fileName: z.string(),
  altText: z.string(),
  createdAt: isoInstantSchema,
});
export type Media = z.infer<typeof mediaSchema>;

export const mediaParamsSchema = workspaceParamsSchema.extend({ mediaId: uuidSchema });
export const updateMediaBodySchema = requireSomethingToChange(z.object({ altText: altTextSchema }).partial());
export type UpdateMediaBody = z.infer<typeof updateMediaBodySchema>;
export const mediaFileQuerySchema = z.object({
  /** The copy made for this network (its size and format limits); without it, the stored image. */
  network: networkKeySchema.optional(),
  /** `true`: offered as a download (Content-Disposition: attachment) instead of shown. */
  download: z.enum(['true', 'false']).optional(),
});
