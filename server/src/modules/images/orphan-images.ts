import { renditionName, type ImageFormat } from '@e-galleria/shared/image-profiles';
import type { FileStorage } from '../../integrations/file-storage.ts';
import type { ImagesRepository } from './images.repository.ts';

/**
 * How long an image stays after the sweep first sees nothing use it: a copy of the files taken
 * within a day after a database backup still holds every image the backup names.
 */
const graceMs = 24 * 60 * 60 * 1000;

/**
 * Removes images nobody uses any more (a replaced logo, a deleted product photo, an upload
 * never linked) once nothing has used them for a day, and their files — unless another image
 * still has the same content (files are named by content, so two uploads of one photo share
 * them). Housekeeping calls it every hour; each run handles at most `limit` images per step,
 * in a few statements (decision 0063):
 *
 * 1. images used again lose their mark, so their day starts over when next seen unused;
 * 2. images marked over a day ago and still unused go, checked again by the delete itself;
 * 3. images unused and not marked yet are marked with `now`. Only images over a day old: an
 *    upload is linked right after it is stored, and a mark caught in between would outlive
 *    the photo's first use.
 */
export async function removeOrphanImages(deps: {
  images: ImagesRepository;
  storage: FileStorage;
  now: number;
  limit?: number;
}): Promise<{ images: number; files: number }> {
  const { images } = deps;
  const limit = deps.limit ?? 500;
  const before = deps.now - graceMs;
  await images.clearUnusedMarks(limit);
  const candidates = await images.findUnusedSince(before, limit);
  const deletedIds = new Set(
    await images.deleteUnusedSince(
      candidates.map((candidate) => candidate.id),
      before,
    ),
  );
  const orphans = candidates.filter((candidate) => deletedIds.has(candidate.id));
  await images.markUnused(before, deps.now, limit);
  if (orphans.length === 0) return { images: 0, files: 0 };
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
