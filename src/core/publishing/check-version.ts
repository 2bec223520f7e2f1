import { measureText as measureTextAsNetwork } from '../content/post-length.js';

/**
 * Does a version of a post fit an account? Pure: the limits come from the connector (read from
 * the network where they differ per instance), the counting rule is the network's own.
 */

export type LengthRule = {
  unit: 'code_points' | 'graphemes';
  /** Every link counts for this many characters (Mastodon: 23), or null when counted as written. */
  urlLength: number | null;
};

export type VersionLimits = LengthRule & {
  maxCharacters: number;
  maxImages: number;
  maxImageBytes: number;
  imageMimeTypes: readonly string[];
  maxAltTextLength: number;
  maxParts: number;
};

export type VersionToCheck = {
  parts: readonly {
    text: string;
    images: readonly { bytes: { byteLength: number }; mimeType: string; altText: string }[];
  }[];
};

export type VersionIssue =
  | { code: 'too_long'; part: number; length: number; max: number }
  | { code: 'empty_text'; part: number }
  | { code: 'too_many_images'; part: number; count: number; max: number }
  | { code: 'image_too_large'; part: number; image: number; bytes: number; max: number }
  | { code: 'image_type_not_supported'; part: number; image: number; mimeType: string }
  | { code: 'alt_text_too_long'; part: number; image: number; length: number; max: number }
  | { code: 'too_many_parts'; count: number; max: number };

/**
 * The length of a text as the network counts it: the one counting rule (core/content), so the
 * editor's counters, scheduling and publishing never disagree. Among the connectors' networks,
 * the one that shortens links (Mastodon) is also the one that counts `@name@instance` as `@name`.
 */
export function measureText(text: string, rule: LengthRule): number {
  return measureTextAsNetwork(text, { ...rule, countsMentionsWithoutDomain: rule.urlLength !== null });
}

/** Every reason the version does not fit, in part order; an empty list means it fits. */
export function checkVersion(version: VersionToCheck, limits: VersionLimits): VersionIssue[] {
  const issues: VersionIssue[] = [];
  if (version.parts.length > limits.maxParts)
    issues.push({ code: 'too_many_parts', count: version.parts.length, max: limits.maxParts });
  version.parts.forEach((part, partIndex) => {
    const length = measureText(part.text, limits);
    if (part.text.trim() === '' && part.images.length === 0)
      issues.push({ code: 'empty_text', part: partIndex });
    if (length > limits.maxCharacters)
      issues.push({ code: 'too_long', part: partIndex, length, max: limits.maxCharacters });
    if (part.images.length > limits.maxImages)
      issues.push({
        code: 'too_many_images',
        part: partIndex,
        count: part.images.length,
        max: limits.maxImages,
      });
    part.images.forEach((image, imageIndex) => {
      const where = { part: partIndex, image: imageIndex };
      if (!limits.imageMimeTypes.includes(image.mimeType))
        issues.push({ code: 'image_type_not_supported', ...where, mimeType: image.mimeType });
      if (image.bytes.byteLength > limits.maxImageBytes)
        issues.push({
          code: 'image_too_large',
          ...where,
          bytes: image.bytes.byteLength,
          max: limits.maxImageBytes,
        });
      const altLength = measureTextAsNetwork(image.altText, {
        unit: limits.unit,
        urlLength: null,
        countsMentionsWithoutDomain: false,
      });
      if (altLength > limits.maxAltTextLength)
        issues.push({ code: 'alt_text_too_long', ...where, length: altLength, max: limits.maxAltTextLength });
    });
  });
  return issues;
}
