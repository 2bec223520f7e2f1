import { z } from 'zod';
import type { AccountLimits } from '../../../contracts/connectors.js';

/** The parts of `GET /api/v2/instance` that limit a post; Mastodon's defaults where absent. */
const instanceSchema = z.object({
  configuration: z
    .object({
      statuses: z
        .object({
          max_characters: z.number().int().positive().default(500),
          max_media_attachments: z.number().int().min(0).default(4),
          characters_reserved_per_url: z.number().int().positive().default(23),
        })
        .partial()
        .default({}),
      media_attachments: z
        .object({
          supported_mime_types: z.array(z.string()),
          image_size_limit: z.number().int().positive(),
          description_limit: z.number().int().positive(),
        })
        .partial()
        .default({}),
    })
    .default({ statuses: {}, media_attachments: {} }),
});

/**
 * Mastodon counts a status in characters (Ruby string length: code points) after replacing each
 * link by `characters_reserved_per_url` characters; counting code points never under-counts.
 */
export function readInstanceLimits(answer: unknown): AccountLimits {
  const { configuration } = instanceSchema.parse(answer);
  const { statuses, media_attachments: media } = configuration;
  return {
    maxCharacters: statuses.max_characters ?? 500,
    lengthUnit: 'code_points',
    urlLength: statuses.characters_reserved_per_url ?? 23,
    maxImages: statuses.max_media_attachments ?? 4,
    maxImageBytes: media.image_size_limit ?? 16_777_216,
    imageMimeTypes: (
      media.supported_mime_types ?? ['image/jpeg', 'image/png', 'image/gif', 'image/webp']
    ).filter((type) => type.startsWith('image/')),
    maxAltTextLength: media.description_limit ?? 1500,
    maxParts: 25,
  };
}
