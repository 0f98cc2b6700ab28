import type { StorageEngine } from 'multer';

/** Without a Content-Length (chunked), start here and double. */
const initialBytes = 256 * 1024;
/** Upload bytes taken in per turn of the event loop, all uploads together. */
const bytesPerTurn = 1024 * 1024;

/**
 * Multer storage that keeps a file in memory, and takes uploads in at a pace that leaves
 * the event loop to everyone else (issue 12: 20 photos of 4.6 MB at once held a health
 * check for seconds).
 *
 * - Copied into one buffer chunk by chunk as they arrive, sized from the request's
 *   Content-Length (which bounds the file), never above `maxBytes` + 1 (multer refuses
 *   beyond that). Multer's own memory storage joins the chunks with `Buffer.concat` at the
 *   end: megabytes copied in one go per upload, many of them ending together.
 * - At most about 1 MB of upload per turn of the event loop: libuv reads up to 2 MB from
 *   each readable socket per turn, so twenty uploads were tens of megabytes of parsing and
 *   copying before a waiting request got its turn. Past the budget a file stream pauses
 *   (and with it, through busboy and the request, its socket) until the next turn.
 */
export function createSpreadMemoryStorage(maxBytes: number): StorageEngine {
  let takenThisTurn = 0;
  let paused: NodeJS.ReadableStream[] = [];
  let isTurnScheduled = false;

  function nextTurn() {
    takenThisTurn = 0;
    isTurnScheduled = false;
    const resuming = paused;
    paused = [];
    for (const stream of resuming) stream.resume();
  }

  function take(bytes: number, stream: NodeJS.ReadableStream) {
    takenThisTurn += bytes;
    if (!isTurnScheduled) {
      isTurnScheduled = true;
      setImmediate(nextTurn);
    }
    if (takenThisTurn < bytesPerTurn) return;
    stream.pause();
    paused.push(stream);
  }

  return {
    _handleFile(request, file, callback) {
      const declared = Number(request.headers['content-length']);
      let buffer = Buffer.allocUnsafe(
        Number.isSafeInteger(declared) && declared > 0
          ? Math.min(declared, maxBytes + 1)
          : initialBytes,
      );
      let size = 0;
      file.stream.on('data', (chunk: Buffer) => {
        if (size + chunk.length > buffer.length) {
          const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, size + chunk.length));
          buffer.copy(larger, 0, 0, size);
          buffer = larger;
        }
        chunk.copy(buffer, size);
        size += chunk.length;
        take(chunk.length, file.stream);
      });
      file.stream.on('end', () => callback(null, { buffer: buffer.subarray(0, size), size }));
    },
    _removeFile(_request, file, callback) {
      // Nothing was written anywhere: the buffer goes with the request.
      (file as { buffer?: Buffer }).buffer = undefined;
      callback(null);
    },
  };
}
