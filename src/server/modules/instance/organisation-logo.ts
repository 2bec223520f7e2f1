import type { Metadata } from 'sharp';
import { organisationLimits } from '../../../contracts/organisation.js';
import { uploadLimits } from '../../../core/content/image-fit.js';
import { HttpProblem } from '../../platform/problem.js';

export type CleanLogo = {
  bytes: Buffer;
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
};

/** Formats accepted as sharp names them; SVG (it can carry script, pdfkit cannot embed it), GIF… are not. */
const acceptedFormats = new Set(['png', 'jpeg', 'webp']);

const refuseType = () => new HttpProblem(415, 'logo_type_not_supported');

/**
 * An uploaded logo made ready for the reports: its type read from its bytes (never from its name
 * or the browser's header), the first frame only, turned upright, metadata dropped, long edge
 * capped, and re-encoded to what pdfkit embeds: PNG when it has transparency, else JPEG.
 * sharp is loaded here, on the first logo, not at start (as for post images).
 */
export async function cleanUploadedLogo(input: Buffer): Promise<CleanLogo> {
  const sharp = (await import('sharp')).default;
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: uploadLimits.maxPixels }).metadata();
  } catch {
    throw refuseType();
  }
  if (!acceptedFormats.has(metadata.format)) throw refuseType();
  const edge = organisationLimits.logoLongEdge;
  const pipeline = sharp(input, { limitInputPixels: uploadLimits.maxPixels })
    .autoOrient()
    .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb');
  const transparent = metadata.hasAlpha === true;
  try {
    const { data, info } = await (transparent
      ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
      : pipeline.jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
    ).toBuffer({ resolveWithObject: true });
    return {
      bytes: data,
      mimeType: transparent ? 'image/png' : 'image/jpeg',
      width: info.width,
      height: info.height,
    };
  } catch {
    throw new HttpProblem(422, 'image_unreadable');
  }
}
