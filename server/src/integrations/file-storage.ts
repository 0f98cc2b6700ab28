import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export type FileStorage = {
  /** Stores bytes under their content hash; the same bytes twice are one file. Returns the key. */
  put: (bytes: Buffer, extension: string) => Promise<string>;
  /** Where `express.static` serves from; a cloud store would return a URL base instead. */
  root: string;
};

export function createLocalFileStorage(root: string): FileStorage {
  const absoluteRoot = path.resolve(root);
  return {
    root: absoluteRoot,
    async put(bytes, extension) {
      const key = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.${extension}`;
      await fs.mkdir(absoluteRoot, { recursive: true });
      const target = path.join(absoluteRoot, key);
      // Write-then-rename: a reader never sees half a file.
      const temporary = `${target}.${process.pid}.tmp`;
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, target);
      return key;
    },
  };
}
