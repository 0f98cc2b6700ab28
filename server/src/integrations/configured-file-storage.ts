import type { Config } from '../config.ts';
import { createLocalFileStorage, type FileStorage } from './file-storage.ts';
import { createS3FileStorage } from './s3-file-storage.ts';

/** The bucket when S3_* is configured, UPLOADS_DIR otherwise (decision 0047). */
export function createConfiguredFileStorage(
  config: Pick<Config, 's3' | 'uploadsDir'>,
): FileStorage {
  return config.s3 ? createS3FileStorage(config.s3) : createLocalFileStorage(config.uploadsDir);
}
