import type { Database } from '../../db/database.ts';
import type { FileStorage } from '../../integrations/file-storage.ts';
import { createImagePipeline } from '../../integrations/images.ts';
import { createImagesRepository } from './images.repository.ts';
import { createImagesService } from './images.service.ts';
import { removeOrphanImages } from './orphan-images.ts';

/** Every image of the galleria through one pipeline (decision 0009), and their clean-up. */
export function createImagesModule(deps: {
  database: Database;
  storage: FileStorage;
  now: () => number;
}) {
  const images = createImagesRepository(deps.database.knex);
  return {
    service: createImagesService({
      pipeline: createImagePipeline({ storage: deps.storage }),
      images,
      // Image rows never change once written: lists outside transactions read them beside
      // the writer (decision 0053).
      readerImages: createImagesRepository(deps.database.reader),
      storage: deps.storage,
      now: deps.now,
    }),
    /** Hourly: images nobody uses any more, and their files. */
    removeOrphans: () => removeOrphanImages({ images, storage: deps.storage, now: deps.now() }),
  };
}
