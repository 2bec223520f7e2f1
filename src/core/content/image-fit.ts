import type { NetworkKey } from '../strategy/networks.js';

/**
 * How an image is made to fit a network: pure decisions (which size, which format, which quality
 * to try next); the server's image code only carries them out with sharp.
 */

export type ImageMimeType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';
export const imageMimeTypes: readonly ImageMimeType[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
];

/** What Cadence accepts from a person, before any network is concerned. */
export const uploadLimits = {
  maxBytes: 10 * 1024 * 1024,
  /** A decompression bomb stops here: 50 megapixels is beyond any camera a phone carries. */
  maxPixels: 50_000_000,
  /** Stored images keep at most this long edge: every network's copy is made from it. */
  storedLongEdge: 4096,
} as const;

export interface NetworkImageRule {
  maxBytes: number;
  maxLongEdge: number;
  /** null: Cadence refuses no count there (a person publishes by hand). */
  maxImages: number | null;
  /** The network plays animated GIFs; elsewhere the first frame is sent. */
  keepsAnimation: boolean;
  mimeTypes: readonly ImageMimeType[];
}

const allTypes = imageMimeTypes;
const defaultLongEdge = 2048;

export const networkImageRules: Partial<Record<NetworkKey, NetworkImageRule>> = {
  // Bluesky: 2,000,000 bytes per blob since April 2026, 4 images, no animation in image embeds.
  bluesky: {
    maxBytes: 2_000_000,
    maxLongEdge: 2000,
    maxImages: 4,
    keepsAnimation: false,
    mimeTypes: allTypes,
  },
  // Mastodon's default instance limit (an instance's own, once connected, replaces it).
  mastodon: {
    maxBytes: 16_000_000,
    maxLongEdge: defaultLongEdge,
    maxImages: 4,
    keepsAnimation: true,
    mimeTypes: allTypes,
  },
  x: {
    maxBytes: 5_000_000,
    maxLongEdge: defaultLongEdge,
    maxImages: 4,
    keepsAnimation: true,
    mimeTypes: allTypes,
  },
  linkedin: {
    maxBytes: 5_000_000,
    maxLongEdge: defaultLongEdge,
    maxImages: null,
    keepsAnimation: true,
    mimeTypes: allTypes,
  },
  instagram: {
    maxBytes: 8_000_000,
    maxLongEdge: defaultLongEdge,
    maxImages: null,
    keepsAnimation: false,
    mimeTypes: ['image/jpeg', 'image/png'],
  },
  facebook: {
    maxBytes: 4_000_000,
    maxLongEdge: defaultLongEdge,
    maxImages: null,
    keepsAnimation: true,
    mimeTypes: allTypes,
  },
};

/** Channels Cadence knows nothing of (a blog, a newsletter) get a sensible web image. */
const fallbackRule: NetworkImageRule = {
  maxBytes: 5_000_000,
  maxLongEdge: defaultLongEdge,
  maxImages: null,
  keepsAnimation: true,
  mimeTypes: allTypes,
};

/** The rule for a network, an account's own limits (a Mastodon instance's) taking precedence. */
export function imageRuleFor(
  network: NetworkKey,
  accountLimits?: { maxImageBytes?: number; maxImages?: number; imageMimeTypes?: readonly string[] },
): NetworkImageRule {
  const rule = networkImageRules[network] ?? fallbackRule;
  if (!accountLimits) return rule;
  const mimeTypes = accountLimits.imageMimeTypes
    ? rule.mimeTypes.filter((type) => accountLimits.imageMimeTypes?.includes(type))
    : rule.mimeTypes;
  return {
    ...rule,
    maxBytes: accountLimits.maxImageBytes ?? rule.maxBytes,
    maxImages: accountLimits.maxImages ?? rule.maxImages,
    mimeTypes: mimeTypes.length > 0 ? mimeTypes : rule.mimeTypes,
  };
}

/** Networks that take a post as ordered parts (a thread). */
export const threadNetworks: readonly NetworkKey[] = ['mastodon', 'bluesky', 'x'];
export const maxThreadParts = 25;
export const canThread = (network: NetworkKey) => threadNetworks.includes(network);

export type SourceImage = {
  mimeType: ImageMimeType;
  width: number;
  height: number;
  bytes: number;
  hasAlpha: boolean;
  isAnimated: boolean;
};

export type ImageEncoding = {
  format: 'jpeg' | 'png' | 'webp' | 'gif';
  /** 1–100 for jpeg and webp; null for lossless formats. */
  quality: number | null;
  width: number;
  height: number;
  animated: boolean;
};

/** Lossy qualities tried in turn before the image is made smaller. */
const qualitySteps = [86, 78, 70, 62] as const;
/** Each round past the last quality shrinks the long edge by this factor. */
const shrinkFactor = 0.8;
const smallestLongEdge = 320;

function scaled(width: number, height: number, maxLongEdge: number) {
  const longEdge = Math.max(width, height);
  if (longEdge <= maxLongEdge) return { width, height };
  const ratio = maxLongEdge / longEdge;
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
}

/**
 * The first encoding to try. An image already within the network's size, format and pixels is
 * sent as stored (`null`): recompressing it would only lose quality.
 */
export function planImageFit(source: SourceImage, rule: NetworkImageRule): ImageEncoding | null {
  const fitsAsIs =
    source.bytes <= rule.maxBytes &&
    Math.max(source.width, source.height) <= rule.maxLongEdge &&
    rule.mimeTypes.includes(source.mimeType) &&
    (!source.isAnimated || rule.keepsAnimation);
  if (fitsAsIs) return null;
  const size = scaled(source.width, source.height, rule.maxLongEdge);
  const animated = source.isAnimated && rule.keepsAnimation && rule.mimeTypes.includes('image/gif');
  if (animated) return { format: 'gif', quality: null, ...size, animated: true };
  // Transparency needs a format that keeps it: PNG (lossless) first, then WebP (lossy).
  if (source.hasAlpha && rule.mimeTypes.includes('image/png'))
    return { format: 'png', quality: null, ...size, animated: false };
  if (source.hasAlpha && rule.mimeTypes.includes('image/webp'))
    return { format: 'webp', quality: qualitySteps[0], ...size, animated: false };
  return { format: 'jpeg', quality: qualitySteps[0], ...size, animated: false };
}

/**
 * What to try after `previous` came out at `bytes`, over the network's limit: a lower quality,
 * then a smaller image (back to the first quality), then for PNG a lossy format. null: give up
 * (the image cannot be made to fit, which only a tiny limit can cause).
 */
export function nextImageFit(previous: ImageEncoding, rule: NetworkImageRule): ImageEncoding | null {
  if (previous.format === 'png') {
    const lossy = rule.mimeTypes.includes('image/webp') ? 'webp' : 'jpeg';
    return { ...previous, format: lossy, quality: qualitySteps[0] };
  }
  const index = (qualitySteps as readonly number[]).indexOf(previous.quality ?? -1);
  const lower = index >= 0 ? qualitySteps[index + 1] : undefined;
  if (previous.format !== 'gif' && lower !== undefined) return { ...previous, quality: lower };
  const longEdge = Math.floor(Math.max(previous.width, previous.height) * shrinkFactor);
  if (longEdge < smallestLongEdge) return null;
  const size = scaled(previous.width, previous.height, longEdge);
  return { ...previous, ...size, quality: previous.format === 'gif' ? null : qualitySteps[0] };
}

/** Images a part may carry on a network; null: no limit Cadence knows of. */
export function maxImagesOn(network: NetworkKey): number | null {
  return (networkImageRules[network] ?? fallbackRule).maxImages;
}
