import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renditionName } from '@e-galleria/shared/image-profiles';
import { manyScansProgressiveJpeg } from '../../../tests/fixtures/hostile-images.ts';
import { AppError } from '../errors.ts';
import { createLocalFileStorage } from './file-storage.ts';
import { createImagePipeline, type ImagePipeline } from './images.ts';

let root: string;
let pipeline: ImagePipeline;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'images-test-'));
  pipeline = createImagePipeline({ storage: createLocalFileStorage(root) });
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

function photo(width: number, height: number) {
  return sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } },
  });
}

async function readStored(keyBase: string, width: number, format: 'webp' | 'jpeg' | 'png') {
  const bytes = await fs.readFile(path.join(root, renditionName(keyBase, width, format)));
  return { bytes, metadata: await sharp(bytes).metadata() };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
}

describe('the image pipeline', () => {
  it('writes every product width as a square crop in WebP and JPEG', async () => {
    const input = await photo(2000, 1500).jpeg().toBuffer();
    const stored = await pipeline.store(input, 'product');
    expect(stored).toMatchObject({
      width: 1024,
      height: 1024,
      widths: [160, 320, 640, 1024],
      formats: ['webp', 'jpeg'],
    });
    for (const width of stored.widths) {
      const webp = await readStored(stored.keyBase, width, 'webp');
      expect(webp.metadata).toMatchObject({ format: 'webp', width, height: width });
      const jpeg = await readStored(stored.keyBase, width, 'jpeg');
      expect(jpeg.metadata).toMatchObject({ format: 'jpeg', width, height: width });
    }
  });

  it('never upscales: a small upload gets its own width as the largest rendition', async () => {
    const input = await photo(500, 300).png().toBuffer();
    const stored = await pipeline.store(input, 'product');
    expect(stored.widths).toEqual([160, 300]);
    expect([stored.width, stored.height]).toEqual([300, 300]);
  });

  it('crops covers to a wide shape and fits logos inside a square, keeping PNG for logos', async () => {
    const cover = await pipeline.store(await photo(3000, 2000).jpeg().toBuffer(), 'cover');
    expect(cover).toMatchObject({ widths: [640, 1280, 1920], width: 1920, height: 640 });
    const logo = await pipeline.store(await photo(300, 600).png().toBuffer(), 'logo');
    expect(logo).toMatchObject({ widths: [64, 128, 256], width: 256, height: 512 });
    expect(logo.formats).toEqual(['webp', 'png']);
    expect((await readStored(logo.keyBase, 64, 'png')).metadata).toMatchObject({
      width: 64,
      height: 128,
    });
  });

  it('turns a photo upright by its EXIF orientation and strips EXIF, GPS, ICC and XMP', async () => {
    const input = await photo(400, 200)
      .jpeg()
      .withExif({
        IFD0: { Artist: 'Någon', Copyright: 'x' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '66/1 3/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .withIccProfile('p3')
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>')
      .toBuffer();
    const before = await sharp(input).metadata();
    expect([before.orientation, Boolean(before.exif), before.hasProfile]).toEqual([6, true, true]);
    const stored = await pipeline.store(input, 'logo');
    // 400 × 200 turned a quarter is 200 × 400.
    expect([stored.width, stored.height]).toEqual([200, 400]);
    for (const format of ['webp', 'png'] as const) {
      const { metadata } = await readStored(stored.keyBase, stored.width, format);
      expect(metadata.exif).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(metadata.comments).toBeUndefined();
    }
  });

  it('reads 16-bit, grey-with-alpha and CMYK inputs into 8-bit sRGB renditions', async () => {
    const inputs = [
      await photo(300, 200).toColourspace('rgb16').png().toBuffer(),
      await sharp({ create: { width: 200, height: 200, channels: 4, background: '#80808080' } })
        .toColourspace('b-w')
        .png()
        .toBuffer(),
      await photo(240, 240).toColourspace('cmyk').jpeg().toBuffer(),
    ];
    for (const input of inputs) {
      const stored = await pipeline.store(input, 'product');
      const { metadata } = await readStored(stored.keyBase, stored.width, 'jpeg');
      expect(metadata).toMatchObject({ space: 'srgb', depth: 'uchar', channels: 3 });
    }
  });

  it('names files by content: the same upload twice has the same key', async () => {
    const input = await photo(300, 300).webp().toBuffer();
    const first = await pipeline.store(input, 'product');
    const second = await pipeline.store(input, 'product');
    expect(second.keyBase).toBe(first.keyBase);
    expect(first.keyBase).toMatch(/^[0-9a-f]{32}$/);
    const asLogo = await pipeline.store(input, 'logo');
    expect(asLogo.keyBase).not.toBe(first.keyBase);
  });

  it('stores our own SVG drawings through the same renditions, reusing what is already stored', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="427">
      <rect width="1280" height="427" fill="#1d4f91"/><circle cx="640" cy="213" r="150" fill="#f2c14e"/>
    </svg>`;
    const first = await pipeline.storeDrawing(svg, 'cover');
    expect(first).toMatchObject({ width: 1280, height: 427, widths: [640, 1280] });
    const { metadata } = await readStored(first.keyBase, 640, 'webp');
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', 640, 213]);
    // Drawn again, nothing is encoded: a rendition changed behind its back stays as it is.
    const marked = path.join(root, renditionName(first.keyBase, 640, 'jpeg'));
    await fs.writeFile(marked, 'left alone');
    expect(await pipeline.storeDrawing(svg, 'cover')).toEqual(first);
    expect(await fs.readFile(marked, 'utf8')).toBe('left alone');
    // The same SVG as an upload is refused: only our own drawings reach the SVG renderer.
    expect(await codeOf(pipeline.store(Buffer.from(svg), 'cover'))).toBe('invalid_image');
  });

  it('accepts AVIF by its content', async () => {
    const input = await photo(640, 480).avif().toBuffer();
    const stored = await pipeline.store(input, 'cover');
    expect(stored.widths).toEqual([640]);
  });

  it('refuses what is not an accepted image by its bytes with invalid_image', async () => {
    const refused = [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.from('%PDF-1.4\n'),
      await photo(50, 50).gif().toBuffer(),
      await photo(50, 50).tiff().toBuffer(),
      Buffer.alloc(0),
    ];
    for (const input of refused)
      expect(await codeOf(pipeline.store(input, 'product'))).toBe('invalid_image');
  });

  it('refuses animated WebP, a truncated JPEG, too many pixels and too many bytes', async () => {
    const frames = await Promise.all(
      ['#ff0000', '#0000ff', '#00ff00'].map((background) =>
        sharp({ create: { width: 32, height: 32, channels: 3, background } })
          .png()
          .toBuffer(),
      ),
    );
    const animated = await sharp(frames, { join: { animated: true } })
      .webp()
      .toBuffer();
    expect(await codeOf(pipeline.store(animated, 'product'))).toBe('invalid_image');
    const jpeg = await photo(800, 800).jpeg().toBuffer();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect(await codeOf(pipeline.store(truncated, 'product'))).toBe('invalid_image');
    const small = createImagePipeline({
      storage: createLocalFileStorage(root),
      maxInputPixels: 100 * 100,
      maxInputBytes: 2000,
    });
    expect(await codeOf(small.store(await photo(101, 100).png().toBuffer(), 'logo'))).toBe(
      'invalid_image',
    );
    expect(await codeOf(small.store(Buffer.alloc(2001, 0xff), 'logo'))).toBe('payload_too_large');
  });

  it('refuses a progressive JPEG of 2 647 scans from its markers, before any decoder', async () => {
    const hostile = manyScansProgressiveJpeg(4000, 4000);
    const started = performance.now();
    expect(await codeOf(pipeline.store(hostile, 'product'))).toBe('invalid_image');
    // Decoding it takes seconds of CPU; reading its markers, milliseconds.
    expect(performance.now() - started).toBeLessThan(500);
    // An encoder's progressive JPEG (about ten scans) is a photo like any other.
    const progressive = await photo(800, 600).jpeg({ progressive: true }).toBuffer();
    expect((await pipeline.store(progressive, 'product')).width).toBe(600);
  });
});

describe('the image pipeline with several owners waiting', () => {
  // Six megapixels of one colour: quick to make, and its decoding goes to the thread pool
  // after the header reads of the uploads sent with it, so they all wait while it runs.
  const large = () => photo(3000, 2000).jpeg().toBuffer();

  it('gives another owner’s upload the next turn, not the end of one owner’s queue', async () => {
    const oneAtATime = createImagePipeline({
      storage: createLocalFileStorage(root),
      concurrency: 1,
    });
    const input = await large();
    const finished: string[] = [];
    const upload = async (name: string, owner: string) => {
      await oneAtATime.store(input, 'logo', owner);
      finished.push(name);
    };
    await Promise.all([
      upload('a1', 'shop:a'),
      upload('a2', 'shop:a'),
      upload('a3', 'shop:a'),
      upload('a4', 'shop:a'),
      upload('b1', 'shop:b'),
    ]);
    // Behind at most the one upload that was running when it came, never behind the queue.
    expect(finished.indexOf('b1')).toBeLessThanOrEqual(1);
  });

  it('refuses an owner’s uploads beyond its share of the queue, and still takes another’s', async () => {
    const limited = createImagePipeline({
      storage: createLocalFileStorage(root),
      concurrency: 1,
      maxQueuedPerOwner: 2,
    });
    const input = await large();
    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5].map(() => codeOf(limited.store(input, 'logo', 'shop:a'))),
    );
    expect(outcomes.filter((code) => code === 'rate_limited')).toHaveLength(2);
    expect((await limited.store(input, 'logo', 'shop:b')).width).toBe(512);
  });
});
