import { describe, expect, it } from 'vitest';
import {
  type ImageEncoding,
  imageRuleFor,
  maxImagesOn,
  nextImageFit,
  planImageFit,
  type SourceImage,
} from './image-fit.js';

const photo: SourceImage = {
  mimeType: 'image/jpeg',
  width: 4000,
  height: 3000,
  bytes: 6_500_000,
  hasAlpha: false,
  isAnimated: false,
};

describe('planImageFit', () => {
  it('sends an image that already fits as stored, without recompressing it', () => {
    const small = { ...photo, width: 1600, height: 1200, bytes: 400_000 };
    expect(planImageFit(small, imageRuleFor('bluesky'))).toBeNull();
    expect(planImageFit(small, imageRuleFor('mastodon'))).toBeNull();
  });

  it('brings a large photo to the long edge of Bluesky (2000 px) as JPEG', () => {
    expect(planImageFit(photo, imageRuleFor('bluesky'))).toEqual({
      format: 'jpeg',
      quality: 86,
      width: 2000,
      height: 1500,
      animated: false,
    });
  });

  it('keeps portrait proportions on the long edge of 2048 px elsewhere', () => {
    const portrait = { ...photo, width: 3000, height: 4000 };
    expect(planImageFit(portrait, imageRuleFor('x'))).toMatchObject({ width: 1536, height: 2048 });
  });

  it('keeps transparency: PNG first, then a lossy format that has an alpha channel', () => {
    const logo = { ...photo, mimeType: 'image/png' as const, hasAlpha: true };
    const first = planImageFit(logo, imageRuleFor('bluesky'));
    expect(first).toMatchObject({ format: 'png', quality: null });
    expect(first && nextImageFit(first, imageRuleFor('bluesky'))).toMatchObject({
      format: 'webp',
      quality: 86,
    });
  });

  it('keeps a GIF animated where the network plays it, and sends its first frame where not', () => {
    const gif = { ...photo, mimeType: 'image/gif' as const, width: 800, height: 600, isAnimated: true };
    expect(planImageFit(gif, imageRuleFor('mastodon'))).toBeNull();
    expect(planImageFit(gif, imageRuleFor('bluesky'))).toMatchObject({ format: 'jpeg', animated: false });
    const bigGif = { ...gif, bytes: 20_000_000 };
    expect(planImageFit(bigGif, imageRuleFor('mastodon'))).toMatchObject({ format: 'gif', animated: true });
  });

  it("follows an account's own limits (a Mastodon instance with 8 MB and no WebP)", () => {
    const rule = imageRuleFor('mastodon', {
      maxImageBytes: 8_000_000,
      imageMimeTypes: ['image/jpeg', 'image/png'],
    });
    expect(rule.maxBytes).toBe(8_000_000);
    const webp = { ...photo, mimeType: 'image/webp' as const, width: 1000, height: 800, bytes: 100_000 };
    expect(planImageFit(webp, rule)).toMatchObject({ format: 'jpeg' });
  });
});

describe('nextImageFit', () => {
  const rule = imageRuleFor('bluesky');

  it('lowers the quality step by step, then shrinks the image and starts the qualities again', () => {
    const tries: ImageEncoding[] = [];
    let current = planImageFit(photo, rule);
    while (current && tries.length < 7) {
      tries.push(current);
      current = nextImageFit(current, rule);
    }
    expect(tries.map((item) => item.quality)).toEqual([86, 78, 70, 62, 86, 78, 70]);
    expect(tries[4]).toMatchObject({ width: 1600, height: 1200 });
  });

  it('gives up below a useful size instead of looping forever', () => {
    const tiny: ImageEncoding = { format: 'jpeg', quality: 62, width: 390, height: 300, animated: false };
    expect(nextImageFit(tiny, rule)).toBeNull();
  });
});

describe('maxImagesOn', () => {
  it('is 4 on Mastodon, Bluesky and X, and not limited where a person publishes by hand', () => {
    expect(maxImagesOn('mastodon')).toBe(4);
    expect(maxImagesOn('bluesky')).toBe(4);
    expect(maxImagesOn('x')).toBe(4);
    expect(maxImagesOn('linkedin')).toBeNull();
  });
});
