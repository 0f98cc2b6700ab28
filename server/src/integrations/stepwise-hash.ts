import { createHash } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';

/** Hashed this much at a time, with a turn of the event loop in between. */
const stepBytes = 256 * 1024;

/**
 * The hex SHA-256 of `bytes`, hashed 256 kB at a time with a turn of the event loop between
 * steps. Hashed in one go (or by WebCrypto, which first copies its input on the event loop)
 * a phone photo held every other request for milliseconds, twenty at once for far longer
 * (issue 12); in steps, requests run between them.
 */
export async function sha256InSteps(bytes: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  for (let offset = 0; offset < bytes.length; offset += stepBytes) {
    if (offset > 0) await setImmediate();
    hash.update(bytes.subarray(offset, offset + stepBytes));
  }
  return hash.digest('hex');
}
