import fs from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { serveStoredFilesFromDisk } from '../http/stored-files.ts';

/**
 * Where uploaded files (image renditions) live: a folder on this machine
 * (createLocalFileStorage) or an S3-compatible bucket that every instance shares
 * (createS3FileStorage, decision 0047). Callers see only this contract; the contract test
 * (file-storage-contract.test.ts) runs the same cases against both.
 */
export type FileStorage = {
  /**
   * Stores bytes under a name the caller derived from content (the image pipeline names
   * renditions `<hash>-<width>.<ext>`), so a name always means the same bytes and may be
   * cached for ever. Names are plain file names: no folders, no dots but the extension's; any
   * other name is refused (throws). A reader never sees half a file; writing a stored name
   * again replaces it.
   */
  write: (name: string, bytes: Buffer) => Promise<void>;
  /** The URL a browser fetches a stored name from. */
  urlOf: (name: string) => string;
  /** Whether every one of the names is stored (a name that could not be stored is not). */
  hasAll: (names: readonly string[]) => Promise<boolean>;
  /**
   * The stored bytes of a name when there are at most `maxBytes` of them; null when the name
   * is not stored, is larger, or is malformed. For a small picture that goes inside a page
   * (inline-pictures.ts): it never reads a large file whole.
   */
  readIfSmall: (name: string, maxBytes: number) => Promise<Buffer | null>;
  /** Removes stored names; a name that is not there is no error, a malformed one throws. */
  remove: (names: readonly string[]) => Promise<void>;
  /**
   * Answers GET/HEAD `/<name>` (mounted at /files): the stored bytes with the Content-Type of
   * the extension and a year of immutable caching, a problem+json 404 for a missing name.
   */
  serve: RequestHandler;
  /**
   * Another origin than ours that `urlOf` points browsers at (a bucket or CDN), which the
   * Content-Security-Policy must allow for images; null when files come from /files.
   */
  imageOrigin: string | null;
};

const storedName = /^[0-9a-z][0-9a-z-]{0,120}\.[a-z0-9]{1,5}$/;

/** Whether a name is one the stores accept: see `FileStorage.write`. */
export function isStorableName(name: string): boolean {
  return storedName.test(name);
}

const contentTypes: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  avif: 'image/avif',
};

/**
 * The Content-Type a stored name is served with: from the extension, which the image
 * pipeline chose after re-encoding (never from what an uploader said).
 */
export function contentTypeOf(name: string): string {
  return contentTypes[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

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
    for (const name of names)
      if (!storedName.test(name)) throw new Error(`Not a stored file name: ${name}`);
    for (const name of names) await fs.rm(path.join(absoluteRoot, name), { force: true });
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

  async function readIfSmall(name: string, maxBytes: number): Promise<Buffer | null> {
    if (!storedName.test(name)) return null;
    let file: fs.FileHandle;
    try {
      file = await fs.open(path.join(absoluteRoot, name), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      // The size of the file opened, not of a name that a writer may rename over meanwhile.
      const { size } = await file.stat();
      return size <= maxBytes ? await file.readFile() : null;
    } finally {
      await file.close();
    }
  }

  return {
    write,
    hasAll,
    readIfSmall,
    remove,
    urlOf: (name) => `${urlBase}/${name}`,
    serve: serveStoredFilesFromDisk(absoluteRoot),
    imageOrigin: null,
  };
}
