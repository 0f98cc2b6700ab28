import { describe, expect, it } from 'vitest';
import { imageProfileNames, imageProfiles, uploadSizeFor } from '@e-galleria/shared/image-profiles';
import { planRenditions } from './image-plan.ts';

describe('planning renditions', () => {
  it('gives a large photo every width of the profile, cropped to its shape', () => {
    expect(planRenditions(imageProfiles.product, { width: 4000, height: 3000 })).toEqual({
      master: { width: 1024, height: 1024 },
      widths: [160, 320, 640, 1024],
    });
    expect(planRenditions(imageProfiles.cover, { width: 4000, height: 3000 })).toEqual({
      master: { width: 1920, height: 640 },
      widths: [640, 1280, 1920],
    });
  });

  it('never upscales: the widest crop the upload allows replaces wider widths once', () => {
    // 1000 × 300 holds a 3:1 crop at most 900 wide.
    expect(planRenditions(imageProfiles.cover, { width: 1000, height: 300 })).toEqual({
      master: { width: 900, height: 300 },
      widths: [640, 900],
    });
    expect(planRenditions(imageProfiles.product, { width: 100, height: 80 })).toEqual({
      master: { width: 80, height: 80 },
      widths: [80],
    });
  });

  it('fits logos inside a square of each width, so a tall logo gets narrow renditions', () => {
    expect(planRenditions(imageProfiles.logo, { width: 1000, height: 2000 })).toEqual({
      master: { width: 256, height: 512 },
      widths: [64, 128, 256],
    });
    expect(planRenditions(imageProfiles.logo, { width: 200, height: 100 })).toEqual({
      master: { width: 200, height: 100 },
      widths: [128, 200],
    });
  });
});

describe('the size a browser shrinks a photo to before uploading it', () => {
  it('keeps exactly the pixels the largest rendition needs', () => {
    expect(uploadSizeFor(imageProfiles.product, { width: 4000, height: 3000 })).toEqual({
      width: 1365,
      height: 1024,
    });
    expect(uploadSizeFor(imageProfiles.cover, { width: 4000, height: 3000 })).toEqual({
      width: 1920,
      height: 1440,
    });
    // A panorama is held by its height: the 3:1 crop needs 640 rows.
    expect(uploadSizeFor(imageProfiles.cover, { width: 8000, height: 1000 })).toEqual({
      width: 5120,
      height: 640,
    });
    expect(uploadSizeFor(imageProfiles.logo, { width: 3000, height: 4000 })).toEqual({
      width: 384,
      height: 512,
    });
  });

  it('leaves a photo alone when it is no larger than that', () => {
    expect(uploadSizeFor(imageProfiles.product, { width: 1024, height: 1024 })).toBeNull();
    expect(uploadSizeFor(imageProfiles.product, { width: 3000, height: 800 })).toBeNull();
    expect(uploadSizeFor(imageProfiles.cover, { width: 1920, height: 2000 })).toBeNull();
    expect(uploadSizeFor(imageProfiles.logo, { width: 200, height: 100 })).toBeNull();
  });

  // Heights are derived from a rounded width and the source's shape, so for a tall, narrow logo
  // they move by a few pixels with the source's size: widths and shapes are compared instead.
  it('gives every profile the widths the whole photo gives, in the same shape', () => {
    const sides = [600, 1001, 1333, 2048, 3001, 4000, 6000, 9000];
    for (const name of imageProfileNames)
      for (const width of sides)
        for (const height of sides) {
          const profile = imageProfiles[name];
          const shrunk = uploadSizeFor(profile, { width, height });
          if (!shrunk) continue;
          expect(shrunk.width).toBeLessThan(width);
          const whole = planRenditions(profile, { width, height });
          const fromShrunk = planRenditions(profile, shrunk);
          const shape = `${name} ${width}×${height}`;
          expect(fromShrunk.master.width, shape).toBe(whole.master.width);
          // The shape kept: off by no more than rounding the width by half a pixel makes.
          const ratio = profile.aspectRatio ?? width / height;
          expect(
            Math.abs(fromShrunk.master.height - fromShrunk.master.width / ratio),
            shape,
          ).toBeLessThanOrEqual(0.5 / ratio + 1);
          expect(fromShrunk.widths).toHaveLength(whole.widths.length);
          fromShrunk.widths.forEach((shrunkWidth, index) =>
            expect(shrunkWidth, shape).toBeGreaterThanOrEqual((whole.widths[index] ?? 0) - 1),
          );
        }
  });
});
