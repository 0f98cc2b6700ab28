import sharp from 'sharp';
import { AppError } from '../errors.ts';

const acceptedFormats = new Set(['jpeg', 'png', 'webp', 'avif', 'heif']);

export type ProcessedImage = { webp: Buffer; width: number; height: number };

/**
 * The one door to sharp. The format is read from the bytes, never the file name; pixel
 * count and pages are bounded before decoding, and the output carries no metadata (sharp
 * drops EXIF, GPS included, unless asked to keep it).
 */
export async function processLogo(input: Buffer): Promise<ProcessedImage> {
  const options = { limitInputPixels: 40_000_000, failOn: 'error' as const, pages: 1 };
  let format: string | undefined;
  try {
    ({ format } = await sharp(input, options).metadata());
  } catch {
    throw new AppError('invalid_image', 'The file could not be read as an image.');
  }
  if (!format || !acceptedFormats.has(format))
    throw new AppError('invalid_image', 'Upload a JPEG, PNG, WebP, AVIF or HEIC image.');
  try {
    const pipeline = sharp(input, options)
      .rotate()
      .resize({ width: 512, height: 512, fit: 'inside', withoutEnlargement: true });
    // WebP alone: every browser our residents use has read it since 2020. Product photos
    // (many sizes, a fallback format) will extend this door.
    const webp = await pipeline.webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
    return { webp: webp.data, width: webp.info.width, height: webp.info.height };
  } catch {
    throw new AppError('invalid_image', 'The image is damaged or too large.');
  }
}
