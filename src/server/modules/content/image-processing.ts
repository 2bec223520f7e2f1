import { createHash } from 'node:crypto';
import type { Metadata, OutputInfo, Sharp } from 'sharp';
import {
  type ImageEncoding,
  type ImageMimeType,
  type NetworkImageRule,
  nextImageFit,
  planImageFit,
  type SourceImage,
  uploadLimits,
} from '../../../core/content/image-fit.js';
import { HttpProblem } from '../../platform/problem.js';

/**
 * sharp (libvips) is loaded on the first image, not at start: most starts never see one, and
 * loading it took 0.2-0.6 s of a cold start (bench/README.md, benchmark 4).
 */
const loadSharp = async () => (await import('sharp')).default;

/** What sharp calls each format Cadence keeps. Anything else it reads (SVG, TIFF, HEIF…) is refused. */
const mimeOfFormat: Record<string, ImageMimeType> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

export type CleanImage = Omit<SourceImage, 'bytes'> & { bytes: Buffer; contentHash: string };

const refuseType = () => new HttpProblem(415, 'image_type_not_supported');

/**
 * An uploaded file made safe to keep: its type read from its bytes (never from the name or the
 * header the browser sent), turned upright, its metadata (EXIF, GPS position, camera serial)
 * dropped, its long edge capped. Animated GIFs stay animated.
 */
export async function cleanUploadedImage(input: Buffer): Promise<CleanImage> {
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: uploadLimits.maxPixels }).metadata();
  } catch {
    throw refuseType();
  }
  const mimeType = mimeOfFormat[metadata.format];
  if (!mimeType) throw refuseType();
  const isAnimated = mimeType !== 'image/jpeg' && (metadata.pages ?? 1) > 1;
  const max = uploadLimits.storedLongEdge;
  let pipeline = sharp(input, { animated: isAnimated, limitInputPixels: uploadLimits.maxPixels });
  // The camera's orientation tag would be lost with the metadata: apply it to the pixels first.
  if (!isAnimated) pipeline = pipeline.autoOrient();
  pipeline = pipeline.resize({ width: max, height: max, fit: 'inside', withoutEnlargement: true });
  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await encode(pipeline, mimeType, 90).toBuffer({ resolveWithObject: true });
  } catch {
    throw new HttpProblem(422, 'image_unreadable');
  }
  const { data, info } = output;
  return {
    bytes: data,
    mimeType,
    width: info.width,
    // An animated image comes out as a strip of frames: its own height is one frame's.
    height: isAnimated && info.pageHeight ? info.pageHeight : info.height,
    hasAlpha: info.channels === 4,
    isAnimated,
    contentHash: createHash('sha256').update(data).digest('hex'),
  };
}

function encode(pipeline: Sharp, mimeType: ImageMimeType, quality: number | null): Sharp {
  const lossy = quality ?? 90;
  switch (mimeType) {
    case 'image/jpeg':
      // libjpeg-turbo, not mozjpeg: mozjpeg saved ~20 % of bytes for 10–18× the time here (2 cores).
      return pipeline.jpeg({ quality: lossy });
    case 'image/png':
      return pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
    case 'image/webp':
      return pipeline.webp({ quality: lossy });
    case 'image/gif':
      return pipeline.gif();
  }
}

const mimeOfEncoding: Record<ImageEncoding['format'], ImageMimeType> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

async function render(bytes: Uint8Array, encoding: ImageEncoding): Promise<Buffer> {
  const sharp = await loadSharp();
  let pipeline = sharp(bytes, { animated: encoding.animated }).resize({
    width: encoding.width,
    height: encoding.height,
    fit: 'inside',
    withoutEnlargement: true,
  });
  // JPEG has no transparency: what was see-through becomes white, not black.
  if (encoding.format === 'jpeg') pipeline = pipeline.flatten({ background: '#ffffff' });
  return encode(pipeline, mimeOfEncoding[encoding.format], encoding.quality).toBuffer();
}

export type FittedImage = { bytes: Uint8Array; mimeType: ImageMimeType };

/**
 * A stored image made to fit a network: sent as stored when it already fits, otherwise resized
 * and recompressed step by step (src/core/content/image-fit.ts decides each step) until it is
 * within the network's byte limit.
 */
export async function fitImageToNetwork(
  stored: Omit<SourceImage, 'bytes'> & { bytes: Uint8Array },
  rule: NetworkImageRule,
): Promise<FittedImage> {
  const source = { ...stored, bytes: stored.bytes.byteLength };
  let encoding = planImageFit(source, rule);
  if (!encoding) return { bytes: stored.bytes, mimeType: stored.mimeType };
  while (encoding) {
    const bytes = await render(stored.bytes, encoding);
    if (bytes.byteLength <= rule.maxBytes) return { bytes, mimeType: mimeOfEncoding[encoding.format] };
    encoding = nextImageFit(encoding, rule);
  }
  throw new HttpProblem(422, 'image_cannot_fit', { bytes: rule.maxBytes });
}
