/** The families of image we accept, told apart by their first bytes. */
export type SniffedFormat = 'jpeg' | 'png' | 'webp' | 'heif';

// HEIF brands: AVIF (avif, avis) and HEIC (heic, heix, heim, heis, hevc, hevx, mif1, msf1).
const heifBrands = new Set([
  'avif',
  'avis',
  'heic',
  'heix',
  'heim',
  'heis',
  'hevc',
  'hevx',
  'mif1',
  'msf1',
]);

function startsWith(bytes: Buffer, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/**
 * The format the file's magic bytes declare, or null. This runs before any decoder sees the
 * bytes, so SVG, HTML, PDF, TIFF and GIF never reach librsvg, poppler or friends: a hostile
 * file is refused in microseconds, whatever its name or Content-Type said.
 */
export function sniffImageFormat(bytes: Buffer): SniffedFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  // ISO base media: a box size, then `ftyp` and the major brand.
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') {
    const majorBrand = bytes.toString('latin1', 8, 12);
    if (heifBrands.has(majorBrand)) return 'heif';
  }
  return null;
}
