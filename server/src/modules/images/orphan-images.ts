import { renditionName, type ImageFormat } from '@e-galleria/shared/image-profiles';
import type { FileStorage } from '../../integrations/file-storage.ts';
import type { ImagesRepository } from './images.repository.ts';

/** An upload is linked to its owner right after it is stored; a day is ample for that. */
const graceMs = 24 * 60 * 60 * 1000;

/**
 * Removes images nobody uses any more (a replaced logo, a deleted product photo, an upload
 * never linked), older than a day, and their files — unless another image still has the same
 * content (files are named by content, so two uploads of one photo share them). At most
 * `limit` images a run; housekeeping calls it every hour.
 */
export async function removeOrphanImages(deps: {
  images: ImagesRepository;
  storage: FileStorage;
  now: number;
  limit?: number;
}): Promise<{ images: number; files: number }> {
  const { images } = deps;
  const orphans = await images.findOrphans(deps.now - graceMs, deps.limit ?? 500);
  if (orphans.length === 0) return { images: 0, files: 0 };
  await images.deleteMany(orphans.map((orphan) => orphan.id));
  const stillUsed = await images.keyBasesInUse(orphans.map((orphan) => orphan.key_base));
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
