import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { Request, Response } from 'express';
import multer from 'multer';
import { describe, expect, it } from 'vitest';
import { createSpreadMemoryStorage } from './upload-storage.ts';

const boundary = 'uploadStorageBoundary';

function multipartOf(file: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.jpg"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** Sends `body` in 64 kB chunks through multer with our storage; the file it kept. */
async function receive(body: Buffer, headers: Record<string, string>, maxBytes = 5_000_000) {
  const read = multer({
    storage: createSpreadMemoryStorage(maxBytes),
    limits: { fileSize: maxBytes },
  }).single('image');
  const request = Object.assign(new PassThrough(), {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...headers },
  });
  const done = new Promise<void>((resolve, reject) => {
    // Multer reads no more of the response than it is handed.
    const response = new PassThrough() as unknown as Response;
    void read(request as unknown as Request, response, (error: unknown) => {
      if (error instanceof Error) reject(error);
      else if (error) reject(new Error('multer failed'));
      else resolve();
    });
  });
  for (let offset = 0; offset < body.length; offset += 65_536)
    request.write(body.subarray(offset, offset + 65_536));
  request.end();
  await done;
  return (request as unknown as Request).file;
}

describe('keeping an upload in memory as it arrives', () => {
  it('keeps a file of many chunks whole, in a buffer sized from the Content-Length', async () => {
    const file = randomBytes(3_000_001);
    const body = multipartOf(file);
    const kept = await receive(body, { 'content-length': String(body.length) });
    expect(kept?.size).toBe(file.length);
    expect(kept?.buffer.equals(file)).toBe(true);
  });

  it('grows as it goes when the request names no length (chunked)', async () => {
    const file = randomBytes(1_234_567);
    const kept = await receive(multipartOf(file), { 'transfer-encoding': 'chunked' });
    expect(kept?.buffer.equals(file)).toBe(true);
  });

  it('takes in about 1 MB per turn of the event loop, so other requests get theirs between', async () => {
    const file = randomBytes(4_600_000);
    const body = multipartOf(file);
    let turns = 0;
    let isDone = false;
    const countTurns = () => {
      turns += 1;
      if (!isDone) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    // All of it at once, as a fast client's socket delivers it.
    const kept = await receive(body, { 'content-length': String(body.length) });
    isDone = true;
    expect(kept?.buffer.equals(file)).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it('leaves the size limit to multer: a larger file is LIMIT_FILE_SIZE', async () => {
    const body = multipartOf(randomBytes(200_000));
    await expect(
      receive(body, { 'content-length': String(body.length) }, 100_000),
    ).rejects.toMatchObject({ code: 'LIMIT_FILE_SIZE' });
  });
});
