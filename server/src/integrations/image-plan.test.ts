import { describe, expect, it } from 'vitest';
import { imageProfiles } from '@e-galleria/shared/image-profiles';
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
