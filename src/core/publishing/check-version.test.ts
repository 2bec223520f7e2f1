import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkVersion, measureText, type VersionLimits } from './check-version.js';

const mastodonLike: VersionLimits = {
  unit: 'code_points',
  urlLength: 23,
  maxCharacters: 500,
  maxImages: 4,
  maxImageBytes: 16_777_216,
  imageMimeTypes: ['image/jpeg', 'image/png'],
  maxAltTextLength: 1500,
  maxParts: 25,
};
const blueskyLike: VersionLimits = {
  ...mastodonLike,
  unit: 'graphemes',
  urlLength: null,
  maxCharacters: 300,
};

const image = (bytes: number, mimeType = 'image/png', altText = '') => ({
  bytes: new Uint8Array(bytes),
  mimeType,
  altText,
});

describe('measureText', () => {
  it('counts every link as the fixed URL length where the network does', () => {
    const text = `Lisez https://example.com/${'a'.repeat(200)} ici`;
    expect(measureText(text, mastodonLike)).toBe('Lisez '.length + 23 + ' ici'.length);
    expect(measureText(text, blueskyLike)).toBe(text.length);
  });

  it('counts a remote mention without its domain', () => {
    expect(measureText('Merci @alice@mastodon.example !', mastodonLike)).toBe('Merci @alice !'.length);
  });

  it('counts a family emoji as one grapheme but several code points', () => {
    const family = '👨‍👩‍👧';
    expect(measureText(family, blueskyLike)).toBe(1);
    expect(measureText(family, mastodonLike)).toBe(5);
  });

  it('never counts fewer graphemes than code points would give', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(measureText(text, blueskyLike)).toBeLessThanOrEqual(
          measureText(text, { ...blueskyLike, unit: 'code_points' }),
        );
      }),
    );
  });
});

describe('checkVersion', () => {
  it('accepts a version within the limits', () => {
    expect(checkVersion({ parts: [{ text: 'Bonjour', images: [image(10)] }] }, mastodonLike)).toEqual([]);
  });

  it('names every problem with its part and image', () => {
    const issues = checkVersion(
      {
        parts: [
          { text: 'x'.repeat(301), images: [] },
          {
            text: '',
            images: [
              image(3_000_000),
              image(1, 'image/tiff'),
              image(1, 'image/png', 'a'.repeat(2000)),
              image(1),
              image(1),
            ],
          },
          { text: ' ', images: [] },
        ],
      },
      { ...blueskyLike, maxImageBytes: 2_000_000, maxParts: 2 },
    );
    expect(issues).toEqual([
      { code: 'too_many_parts', count: 3, max: 2 },
      { code: 'too_long', part: 0, length: 301, max: 300 },
      { code: 'too_many_images', part: 1, count: 5, max: 4 },
      { code: 'image_too_large', part: 1, image: 0, bytes: 3_000_000, max: 2_000_000 },
      { code: 'image_type_not_supported', part: 1, image: 1, mimeType: 'image/tiff' },
      { code: 'alt_text_too_long', part: 1, image: 2, length: 2000, max: 1500 },
      { code: 'empty_text', part: 2 },
    ]);
  });
});
