import fs from 'node:fs/promises';
import path from 'node:path';

export type FileStorage = {
  /**
   * Stores bytes under a name the caller derived from content (the image pipeline names
   * renditions `<hash>-<width>.<ext>`), so a name always means the same bytes and may be
   * cached for ever. Names are plain file names: no folders, no dots but the extension's.
   */
  write: (name: string, bytes: Buffer) => Promise<void>;
  /** The URL a browser fetches a stored name from. */
  urlOf: (name: string) => string;
  /** Whether every one of the names is stored. */
  hasAll: (names: readonly string[]) => Promise<boolean>;
  /** Removes stored names; a name that is not there is no error. */
  remove: (names: readonly string[]) => Promise<void>;
  /** Where `express.static` serves from; a cloud store would return a URL base instead. */
  root: string;
};

const storedName = /^[0-9a-z][0-9a-z-]{0,120}\.[a-z0-9]{1,5}$/;

export function createLocalFileStorage(root: string, urlBase = '/files'): FileStorage {
  const absoluteRoot = path.resolve(root);
  // Once per process, not once per file: an image is eight files.
  let rootReady: Promise<unknown> | null = null;

  async function write(name: string, bytes: Buffer): Promise<void> {
    if (!storedName.test(name)) throw new Error(`Not a storable file name: ${name}`);
    rootReady ??= fs.mkdir(absoluteRoot, { recursive: true }).catch((error: unknown) => {
      rootReady = null;
      throw error;
    });
    await rootReady;
    const target = path.join(absoluteRoot, name);
    // Write-then-rename: a reader never sees half a file. The random part keeps two
    // concurrent writers of the same name in one process from sharing a temporary file.
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  }

  async function remove(names: readonly string[]): Promise<void> {
    for (const name of names) {
      if (!storedName.test(name)) throw new Error(`Not a stored file name: ${name}`);
      await fs.rm(path.join(absoluteRoot, name), { force: true });
    }
  }

  async function hasAll(names: readonly string[]): Promise<boolean> {
    const isStored = async (name: string) => {
      if (!storedName.test(name)) return false;
      try {
        await fs.access(path.join(absoluteRoot, name));
        return true;
      } catch {
        return false;
      }
    };
    return (await Promise.all(names.map(isStored))).every(Boolean);
  }

  return {
    root: absoluteRoot,
    write,
    hasAll,
    remove,
    urlOf: (name) => `${urlBase}/${name}`,
  };
}
