import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import sharp, { type Metadata, type Sharp } from 'sharp';
import {
  type ImageFormat,
  type ImageProfileName,
  imageProfiles,
  renditionName,
} from '@e-galleria/shared/image-profiles';
import { AppError } from '../errors.ts';
import type { FileStorage } from './file-storage.ts';
import { heightFor, planRenditions } from './image-plan.ts';
import { sniffImageFormat } from './image-sniffing.ts';
import { countJpegScans } from './jpeg-scans.ts';
import { sha256InSteps } from './stepwise-hash.ts';
import { createImageThreadPriority } from './image-thread-priority.ts';
import { createJobLimiter } from './job-limiter.ts';

/** What the pipeline wrote: enough to name every rendition and to describe the image. */
export type ProcessedImage = {
  /** Renditions are stored as `renditionName(keyBase, width, format)`. */
  keyBase: string;
  profile: ImageProfileName;
  /** Of the largest rendition. */
  width: number;
  height: number;
  widths: number[];
  formats: ImageFormat[];
};

export type ImagePipelineOptions = {
  storage: FileStorage;
  /** Refused with `payload_too_large` above this; the upload routes stop earlier (5 MB). */
  maxInputBytes?: number;
  /** Refused from the header alone above this many pixels, before anything is decoded. */
  maxInputPixels?: number;
  /**
   * Images decoded at once. Each holds its input and a few MB of pixels, a core while it
   * runs and a thread of libuv's pool (4), which SQLite, files and logins share. Default: as
   * many as the machine has cores, at most 2 (half the pool). The event loop and the pool
   * keep their turns because libvips' threads run at a lower priority (decision 0054).
   */
  concurrency?: number;
  /** The nice value of libvips' threads (Linux); see image-thread-priority.ts. */
  threadNiceness?: number;
  /** Uploads that may wait for a turn; more are refused with `rate_limited`. */
  maxQueued?: number;
  /** Uploads of one shop (or municipality) that may wait; more of its are `rate_limited`. */
  maxQueuedPerOwner?: number;
  /**
   * Refused from the markers above this many scans, before decoding: each scan of a
   * progressive JPEG makes the decoder walk every block again. Encoders write about ten.
   */
  maxJpegScans?: number;
  /** Per sharp operation, so a pathological file cannot hold a worker for long. */
  timeoutSeconds?: number;
};

// Bump to give every image new names (and so new immutable URLs) when the encoding changes.
const pipelineVersion = 'v1';
const acceptedDecoders = new Set(['jpeg', 'png', 'webp', 'heif']);
const encodeOptions = {
  webp: (image: Sharp) => image.webp({ quality: 80 }),
  jpeg: (image: Sharp) => image.flatten({ background: '#ffffff' }).jpeg({ quality: 80 }),
  png: (image: Sharp) => image.png({ compressionLevel: 6 }),
} satisfies Record<ImageFormat, (image: Sharp) => Sharp>;

const unreadable = () => new AppError('invalid_image', 'The image is damaged or too large.');

/**
 * The one door to sharp. `store(input, profile)` accepts a JPEG, PNG, WebP, AVIF or HEIC
 * photo — told by its bytes, never its name — and writes responsive renditions in WebP plus a
 * fallback (JPEG, or PNG for logos) under content-hash names, without any metadata: EXIF, GPS,
 * ICC and XMP are dropped and the pixels auto-oriented. It throws `AppError` with
 * `invalid_image` (not an image we accept, animated, damaged, too many pixels),
 * `payload_too_large` (too many bytes) or `rate_limited` (too many uploads waiting).
 * Where the result is recorded (the `images` table) is the images service's business.
 */
export function createImagePipeline(options: ImagePipelineOptions) {
  const {
    storage,
    maxInputBytes = 10 * 1024 * 1024,
    maxInputPixels = 40_000_000,
    concurrency = Math.min(2, availableParallelism()),
    maxQueued = 16,
    maxQueuedPerOwner = 4,
    maxJpegScans = 100,
    timeoutSeconds = 20,
    threadNiceness = 10,
  } = options;
  // Memory stays bounded by our own queue rather than sharp's cache of decoded images, and
  // each image uses one libvips thread: uploads share the libuv pool with password hashing.
  sharp.cache(false);
  sharp.concurrency(1);
  const imageThreads = createImageThreadPriority(threadNiceness);
  const limiter = createJobLimiter({
    concurrency,
    maxQueued,
    maxQueuedPerKey: maxQueuedPerOwner,
    onFull: () =>
      new AppError('rate_limited', 'Many images are being processed; try again shortly.', {
        retryAfterSeconds: 5,
      }),
  });
  const inputOptions = {
    limitInputPixels: maxInputPixels,
    // A truncated file is refused; the harmless warnings many cameras' JPEGs raise are not.
    failOn: 'truncated',
    pages: 1,
    sequentialRead: true,
  } as const;

  async function readHeader(input: Buffer) {
    if (input.length === 0) throw new AppError('invalid_image', 'The file is empty.');
    if (input.length > maxInputBytes)
      throw new AppError('payload_too_large', `Images may be at most ${maxInputBytes} bytes.`);
    const sniffed = sniffImageFormat(input);
    if (!sniffed)
      throw new AppError('invalid_image', 'Upload a JPEG, PNG, WebP, AVIF or HEIC image.');
    if (sniffed === 'jpeg' && countJpegScans(input, maxJpegScans + 1) > maxJpegScans)
      throw new AppError(
        'invalid_image',
        `JPEGs may have at most ${maxJpegScans} scans; save it again as an ordinary JPEG.`,
      );
    // The header alone, so no pixel limit is needed here: ours below gives the clearer reason.
    const metadata = await sharp(input, { ...inputOptions, limitInputPixels: false })
      .metadata()
      .catch(() => {
        throw unreadable();
      });
    if (!acceptedDecoders.has(metadata.format) || metadata.format !== sniffed)
      throw new AppError('invalid_image', 'Upload a JPEG, PNG, WebP, AVIF or HEIC image.');
    if ((metadata.pages ?? 1) > 1 && metadata.format !== 'heif')
      throw new AppError('invalid_image', 'Animated images are not accepted.');
    if (metadata.width * metadata.height > maxInputPixels)
      throw new AppError('invalid_image', `Images may have at most ${maxInputPixels} pixels.`);
    return metadata;
  }

  async function encodeAll(
    input: Buffer,
    profileName: ImageProfileName,
    header: Metadata,
    keyBase: string,
  ) {
    const profile = imageProfiles[profileName];
    const plan = planRenditions(profile, header.autoOrient);
    // Decode once into the largest rendition's pixels; every other size comes from those.
    const master = await sharp(input, inputOptions)
      .timeout({ seconds: timeoutSeconds })
      .autoOrient()
      .resize(plan.master.width, plan.master.height, { fit: 'cover', position: 'centre' })
      .toColourspace('srgb')
      // 8 bits per channel whatever came in (16-bit PNGs), as the renditions are read back.
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true })
      .catch(() => {
        throw header.compression === 'hevc'
          ? new AppError('invalid_image', 'HEIC photos cannot be read yet; send it as JPEG.')
          : unreadable();
      });
    const raw = {
      width: master.info.width,
      height: master.info.height,
      channels: master.info.channels,
    };
    const ratio = raw.width / raw.height;
    // One rendition after the other: each sharp call holds a thread of libuv's pool (4 by
    // default) while it runs, and that pool also runs every SQLite statement, file write and
    // password hash. Encoded all at once, two uploads' renditions filled the pool and a
    // health check waited seconds behind them (issue 12); this way images hold at most
    // `concurrency` threads.
    const files: { name: string; bytes: Buffer }[] = [];
    for (const width of plan.widths)
      for (const format of profile.formats) {
        let image = sharp(master.data, { raw }).timeout({ seconds: timeoutSeconds });
        if (width !== raw.width)
          image = image.resize(width, heightFor(width, ratio), { fit: 'fill' });
        files.push({
          name: renditionName(keyBase, width, format),
          bytes: await encodeOptions[format](image).toBuffer(),
        });
      }
    return { files, width: raw.width, height: raw.height, widths: plan.widths };
  }

  async function store(
    input: Buffer,
    profile: ImageProfileName,
    options: { owner: string; reuseStored: boolean },
  ): Promise<ProcessedImage> {
    // Refuse what the header already condemns before queueing behind real work.
    const header = await readHeader(input);
    const formats = [...imageProfiles[profile].formats];
    const encoded = await limiter.run(options.owner, async () => {
      const inputHash = await sha256InSteps(input);
      const keyBase = createHash('sha256')
        .update(`${pipelineVersion}:${profile}:${inputHash}`)
        .digest('hex')
        .slice(0, 32);
      if (options.reuseStored) {
        // Names are content hashes: if every rendition is stored, it is this input's.
        const plan = planRenditions(imageProfiles[profile], header.autoOrient);
        const names = plan.widths.flatMap((width) =>
          formats.map((format) => renditionName(keyBase, width, format)),
        );
        if (await storage.hasAll(names))
          return { keyBase, files: [], ...plan.master, widths: plan.widths };
      }
      try {
        return { keyBase, ...(await encodeAll(input, profile, header, keyBase)) };
      } finally {
        imageThreads.lower();
      }
    });
    // One file at a time, for the same pool.
    for (const file of encoded.files) await storage.write(file.name, file.bytes);
    return {
      keyBase: encoded.keyBase,
      profile,
      width: encoded.width,
      height: encoded.height,
      widths: encoded.widths,
      formats,
    };
  }

  return {
    /**
     * Checks, re-encodes and stores one uploaded image under `profile` (`logo`, `cover` or
     * `product`; see shared/src/image-profiles.ts for the sizes). Throws AppError as above.
     * `owner` names whose uploads wait together (a shop, a municipality): free slots go to
     * the owners in turn, so one cannot starve the others.
     */
    store: (input: Buffer, profile: ImageProfileName, owner = 'anyone') =>
      store(input, profile, { owner, reuseStored: false }),

    /**
     * One of our own drawings (the demo's logos, covers and product pictures): SVG we wrote,
     * rasterised here to PNG at its own size, then stored as an upload is. SVG never comes
     * from outside — uploads are told by their bytes and SVG refused before any decoder sees
     * it. A drawing is the same at every seed, so when its renditions are already stored
     * (the same bytes give the same names) they are not encoded again.
     */
    async storeDrawing(svg: string, profile: ImageProfileName): Promise<ProcessedImage> {
      const png = await sharp(Buffer.from(svg))
        .timeout({ seconds: timeoutSeconds })
        // Fast to write and read back; the renditions are what is kept.
        .png({ compressionLevel: 1 })
        .toBuffer();
      return store(png, profile, { owner: 'seed', reuseStored: true });
    },
  };
}

export type ImagePipeline = ReturnType<typeof createImagePipeline>;
