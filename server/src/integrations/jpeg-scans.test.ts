import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { manyScansProgressiveJpeg } from '../../../tests/fixtures/hostile-images.ts';
import { countJpegScans } from './jpeg-scans.ts';

const noisyPhoto = () =>
  sharp({
    create: {
      width: 640,
      height: 480,
      channels: 3,
      background: '#336699',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  });

describe('counting the scans of a JPEG from its markers', () => {
  it('counts one scan in a baseline JPEG and the encoder’s handful in a progressive one', async () => {
    const baseline = await noisyPhoto().jpeg().toBuffer();
    expect(countJpegScans(baseline, 1000)).toBe(1);
    const progressive = await noisyPhoto().jpeg({ progressive: true, quality: 95 }).toBuffer();
    const scans = countJpegScans(progressive, 1000);
    expect(scans).toBeGreaterThan(1);
    expect(scans).toBeLessThanOrEqual(12);
  });

  it('reads restart markers and stuffed 0xFF bytes as part of the entropy data, not as markers', () => {
    const scanHeader = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00];
    const entropy = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd7, 0xff, 0x00];
    const file = Buffer.from([
      0xff,
      0xd8,
      ...scanHeader,
      ...entropy,
      ...scanHeader,
      0x01,
      0xff,
      0xd9,
    ]);
    expect(countJpegScans(file, 1000)).toBe(2);
  });

  it('counts the 2 647 scans of the hostile progressive JPEG, and stops early when told', () => {
    const hostile = manyScansProgressiveJpeg(256, 256);
    expect(countJpegScans(hostile, 10_000)).toBe(2647);
    expect(countJpegScans(hostile, 101)).toBe(101);
  });

  it('stops at bytes that are not markers, at a cut-off file and at an empty one', async () => {
    const baseline = await noisyPhoto().jpeg().toBuffer();
    expect(countJpegScans(baseline.subarray(0, baseline.length / 2), 1000)).toBe(1);
    expect(countJpegScans(Buffer.from([0xff, 0xd8, 0x00, 0x11, 0x22]), 1000)).toBe(0);
    expect(countJpegScans(Buffer.from([0xff, 0xd8]), 1000)).toBe(0);
    expect(countJpegScans(Buffer.from([0xff, 0xd8, 0xff, 0xda]), 1000)).toBe(0);
  });
});
