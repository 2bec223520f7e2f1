import { z } from 'zod';

export const networkKeys = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'mastodon',
  'bluesky',
  'tiktok',
  'youtube',
  'pinterest',
  'blog',
  'newsletter',
  'other',
] as const;
export const networkKeySchema = z.enum(networkKeys);
export type NetworkKey = z.infer<typeof networkKeySchema>;
