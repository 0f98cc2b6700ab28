import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalFileStorage } from './file-storage.ts';

describe('local file storage', () => {
  it('writes named files atomically, gives their URL, tells what it has, and refuses names with paths', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'storage-test-'));
    const storage = createLocalFileStorage(root);
    await storage.write('abc123-160.webp', Buffer.from('bytes'));
    expect(await fs.readFile(path.join(root, 'abc123-160.webp'), 'utf8')).toBe('bytes');
    expect(await fs.readdir(root)).toEqual(['abc123-160.webp']);
    expect(storage.urlOf('abc123-160.webp')).toBe('/files/abc123-160.webp');
    expect(await storage.hasAll(['abc123-160.webp'])).toBe(true);
    expect(await storage.hasAll(['abc123-160.webp', 'abc123-320.webp'])).toBe(false);
    for (const name of ['../x.webp', 'a/b.webp', '.hidden', 'x.webp.html.', 'noextension'])
      await expect(storage.write(name, Buffer.from('x'))).rejects.toThrow('Not a storable');
    await fs.rm(root, { recursive: true, force: true });
  });
});
