import type { Knex } from 'knex';
import { renditionName, type ImageFormat } from '@e-galleria/shared/image-profiles';
import type { FileStorage } from '../../integrations/file-storage.ts';
import type { ImageRow } from './images.repository.ts';

/** An upload is linked to its owner right after it is stored; a day is ample for that. */
const graceMs = 24 * 60 * 60 * 1000;

/** Where images are used. An image none of these names is an orphan. */
const references = [
  { table: 'product_images', column: 'image_id' },
  { table: 'shops', column: 'logo_image_id' },
  { table: 'shops', column: 'cover_image_id' },
  { table: 'municipalities', column: 'logo_image_id' },
] as const;

/**
 * Removes images nobody uses any more (a replaced logo, a deleted product photo, an upload
 * never linked), older than a day, and their files — unless another image still has the same
 * content (files are named by content, so two uploads of one photo share them). At most
 * `limit` images a run; housekeeping calls it every hour.
 */
export async function removeOrphanImages(deps: {
  knex: Knex;
  storage: FileStorage;
  now: number;
  limit?: number;
}): Promise<{ images: number; files: number }> {
  const { knex } = deps;
  const query = knex<ImageRow>('images as i').where('i.created_at', '<', deps.now - graceMs);
  for (const { table, column } of references)
    void query.whereNotExists((used) => {
      void used.select(knex.raw('1')).from(table).whereRaw(`${table}.${column} = i.id`);
    });
  const orphans = await query.limit(deps.limit ?? 500).select<ImageRow[]>('i.*');
  if (orphans.length === 0) return { images: 0, files: 0 };
  await knex('images')
    .whereIn(
      'id',
      orphans.map((orphan) => orphan.id),
    )
    .delete();
  const stillUsed = new Set(
    (
      await knex('images')
        .whereIn('key_base', [...new Set(orphans.map((orphan) => orphan.key_base))])
        .select<{ key_base: string }[]>('key_base')
    ).map((row) => row.key_base),
  );
  const names = new Set<string>();
  for (const orphan of orphans) {
    if (stillUsed.has(orphan.key_base)) continue;
    for (const format of JSON.parse(orphan.formats) as ImageFormat[])
      for (const width of JSON.parse(orphan.widths) as number[])
        names.add(renditionName(orphan.key_base, width, format));
  }
  await deps.storage.remove([...names]);
  return { images: orphans.length, files: names.size };
}
