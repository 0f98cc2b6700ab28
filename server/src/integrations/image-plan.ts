import type { ImageProfile } from '@e-galleria/shared/image-profiles';

export type ImagePlan = {
  /** The largest rendition, made once from the upload; the others are made from it. */
  master: { width: number; height: number };
  /** Every rendition width, narrowest first; none wider than the upload allows. */
  widths: number[];
};

/**
 * Which renditions an upload of `width` × `height` (already oriented) gets under a profile.
 * Never upscales: a width the upload cannot fill is replaced by the largest it can, once.
 */
export function planRenditions(
  profile: ImageProfile,
  source: { width: number; height: number },
): ImagePlan {
  const sourceWidth = Math.max(1, source.width);
  const sourceHeight = Math.max(1, source.height);
  let maxWidth: number;
  let ratio: number; // width ÷ height of every rendition
  const boxWidths: number[] = [];
  if (profile.fit === 'cover' && profile.aspectRatio !== null) {
    ratio = profile.aspectRatio;
    // The widest crop of the wanted shape that fits inside the upload.
    maxWidth = Math.max(1, Math.min(sourceWidth, Math.floor(sourceHeight * ratio)));
    boxWidths.push(...profile.widths);
  } else {
    ratio = sourceWidth / sourceHeight;
    // Fit inside a square box of each width: a tall logo gets narrower renditions.
    const scaleOf = (box: number) => Math.min(box / sourceWidth, box / sourceHeight);
    maxWidth = sourceWidth;
    boxWidths.push(...profile.widths.map((box) => Math.round(sourceWidth * scaleOf(box))));
  }
  const widths = [...new Set(boxWidths.map((width) => Math.max(1, Math.min(width, maxWidth))))];
  widths.sort((a, b) => a - b);
  const masterWidth = widths.at(-1) ?? maxWidth;
  return {
    master: { width: masterWidth, height: heightFor(masterWidth, ratio) },
    widths,
  };
}

export function heightFor(width: number, ratio: number): number {
  return Math.max(1, Math.round(width / ratio));
}
