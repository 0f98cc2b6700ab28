// Pure data and helpers about stored images, without zod, so the client may import them at
// runtime (to crop a preview as the storefront will show it, or to build a srcset).

export const imageFormats = ['webp', 'jpeg', 'png'] as const;
export type ImageFormat = (typeof imageFormats)[number];

export const imageMimeTypes: Record<ImageFormat, string> = {
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export const imageFileExtensions: Record<ImageFormat, string> = {
  webp: 'webp',
  jpeg: 'jpg',
  png: 'png',
};

/**
 * The `accept` of file inputs for photos. HEIC is left out on purpose: given this list, an
 * iPhone converts its HEIC photos to JPEG as it uploads them, and the prebuilt image library
 * reads AVIF but not HEVC-coded HEIC. The server still sniffs every upload by its bytes.
 */
export const acceptedImageInputTypes = 'image/jpeg,image/png,image/webp,image/avif';

export type ImageProfile = {
  /** `inside`: the whole image, scaled to fit a square of each width. `cover`: cropped. */
  fit: 'inside' | 'cover';
  /** Width ÷ height of the crop; null keeps the image's own shape. */
  aspectRatio: number | null;
  /** Rendition widths (px); never wider than the upload, so small uploads get fewer. */
  widths: readonly number[];
  /** Modern formats first, the fallback every browser reads last. */
  formats: readonly ImageFormat[];
};

/**
 * The sizes the storefront shows. AVIF is left out: it encodes several times slower than
 * WebP, and WebP is already read by every browser our residents use (see
 * docs/decisions/0009-one-image-pipeline.md). Logos fall back to PNG because they are often
 * transparent; photos to JPEG.
 */
export const imageProfiles = {
  logo: { fit: 'inside', aspectRatio: null, widths: [128, 256, 512], formats: ['webp', 'png'] },
  cover: {
    fit: 'cover',
    aspectRatio: 3,
    widths: [640, 1280, 1920],
    formats: ['webp', 'jpeg'],
  },
  product: {
    fit: 'cover',
    aspectRatio: 1,
    widths: [160, 320, 640, 1024],
    formats: ['webp', 'jpeg'],
  },
} as const satisfies Record<string, ImageProfile>;

export type ImageProfileName = keyof typeof imageProfiles;

/**
 * The size a browser may shrink a photo of `source` (already upright) to before uploading it
 * under `profile`, such that the stored renditions come out as from the full photo: the
 * largest rendition (a crop of the profile's shape, or the whole picture inside its box)
 * still has every pixel it needs. Null when the photo is no larger than that. The original is
 * never kept, so pixels beyond these are sent, decoded and thrown away; on a village's mobile
 * connection a phone's 3–10 MB photo becomes a few hundred kB (decision 0062).
 */
export function uploadSizeFor(
  profile: ImageProfile,
  source: { width: number; height: number },
): { width: number; height: number } | null {
  const width = Math.max(1, source.width);
  const height = Math.max(1, source.height);
  const largest = Math.max(...profile.widths);
  const scale =
    profile.fit === 'cover' && profile.aspectRatio !== null
      ? Math.max(largest / width, Math.ceil(largest / profile.aspectRatio) / height)
      : largest / Math.max(width, height);
  if (scale >= 1) return null;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export const imageProfileNames = Object.keys(imageProfiles) as ImageProfileName[];

/** The file name of one rendition: `<key base>-<width>.<extension>`. */
export function renditionName(keyBase: string, width: number, format: ImageFormat): string {
  return `${keyBase}-${width}.${imageFileExtensions[format]}`;
}

/** `url 160w, url 320w`: the `srcset` of one format, narrowest first. */
export function buildSrcset(renditions: readonly { url: string; width: number }[]): string {
  return [...renditions]
    .sort((a, b) => a.width - b.width)
    .map((rendition) => `${rendition.url} ${rendition.width}w`)
    .join(', ');
}
