import type { Queryable } from '../../db/database.ts';
import {
  buildSrcset,
  type ImageFormat,
  type ImageProfileName,
  imageMimeTypes,
  renditionName,
} from '@e-galleria/shared/image-profiles';
import type { StoredImage } from '@e-galleria/shared/images';
import { newId } from '../../db/ids.ts';
import type { FileStorage } from '../../integrations/file-storage.ts';
import type { ImagePipeline, ProcessedImage } from '../../integrations/images.ts';
import type { ImageRow, ImagesRepository } from './images.repository.ts';

/**
 * Whose image it is: `municipality` + municipalities.id, `shop` + shops.id, `product` + …
 * A product's photo names its shop too: a shop's uploads wait for the decoder together.
 */
export type ImageOwner =
  { type: 'municipality' | 'shop'; id: string } | { type: 'product'; id: string; shopId: string };

// The fallback `src` for browsers that ignore srcset (and for mail and link previews): a
// middling width, not the largest.
const fallbackTargetWidth = 640;

export function createImagesService(deps: {
  pipeline: ImagePipeline;
  images: ImagesRepository;
  /** The same table on the reader connections (database.reader). */
  readerImages?: ImagesRepository;
  storage: FileStorage;
  now: () => number;
}) {
  const { pipeline, images, storage, now } = deps;

  function describeRow(row: ImageRow): StoredImage {
    const widths = JSON.parse(row.widths) as number[];
    const formats = JSON.parse(row.formats) as ImageFormat[];
    const srcsetOf = (format: ImageFormat) =>
      buildSrcset(
        widths.map((width) => ({
          url: storage.urlOf(renditionName(row.key_base, width, format)),
          width,
        })),
      );
    const fallbackFormat = formats.at(-1) ?? 'jpeg';
    const fallbackWidth =
      [...widths].reverse().find((width) => width <= fallbackTargetWidth) ?? widths[0] ?? 0;
    return {
      id: row.id,
      width: row.width,
      height: row.height,
      sources: formats
        .slice(0, -1)
        .map((format) => ({ type: imageMimeTypes[format], srcset: srcsetOf(format) })),
      fallback: {
        type: imageMimeTypes[fallbackFormat],
        srcset: srcsetOf(fallbackFormat),
        url: storage.urlOf(renditionName(row.key_base, fallbackWidth, fallbackFormat)),
      },
    };
  }

  async function describeMany(
    ids: readonly (string | null)[],
    repository: ImagesRepository = images,
  ): Promise<Map<string, StoredImage>> {
    const wanted = ids.filter((id): id is string => id !== null);
    const rows = await repository.findByIds(wanted);
    return new Map(rows.map((row) => [row.id, describeRow(row)]));
  }

  /** Records renditions the pipeline has stored as an image of `owner`. */
  async function record(
    processed: ProcessedImage,
    owner: ImageOwner,
    db?: Queryable,
  ): Promise<StoredImage> {
    const row: ImageRow = {
      id: newId(),
      key_base: processed.keyBase,
      profile: processed.profile,
      width: processed.width,
      height: processed.height,
      widths: JSON.stringify(processed.widths),
      formats: JSON.stringify(processed.formats),
      owner_type: owner.type,
      owner_id: owner.id,
      created_at: now(),
      unused_since: null,
    };
    await images.insert(row, db);
    return describeRow(row);
  }

  return {
    /**
     * Checks, re-encodes and stores an upload, records it, and returns it as the API shows
     * it. The slow part (decoding and encoding) happens before any transaction: call this
     * first, then link `image.id` to its owner in your own transaction. Throws AppError
     * `invalid_image` (422), `payload_too_large` (413) or `rate_limited` (429).
     */
    async store(
      input: Buffer,
      profile: ImageProfileName,
      owner: ImageOwner,
      db?: Queryable,
    ): Promise<StoredImage> {
      const processed = await pipeline.store(
        input,
        profile,
        owner.type === 'product' ? `shop:${owner.shopId}` : `${owner.type}:${owner.id}`,
      );
      return record(processed, owner, db);
    },

    record,

    /** Stored images by id, in one query; ids that do not exist are simply absent. */
    describeMany: (ids: readonly (string | null)[]) => describeMany(ids),

    /**
     * The same, read beside the writer: for public lists outside transactions (a listing
     * page's photos), which then never queue behind checkouts for the one SQLite writer.
     */
    describeManyForPublicReads: (ids: readonly (string | null)[]) =>
      describeMany(ids, deps.readerImages ?? images),

    async describe(id: string | null): Promise<StoredImage | null> {
      if (id === null) return null;
      return (await describeMany([id])).get(id) ?? null;
    },
  };
}

export type ImagesService = ReturnType<typeof createImagesService>;
