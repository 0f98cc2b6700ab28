import compression from 'compression';
import type { RequestHandler } from 'express';

/** Answers smaller than this go uncompressed (also those public-read-cache.ts compresses). */
export const compressFromBytes = 1024;

/**
 * Compresses what the server writes per request (API JSON, index.html) with brotli when the
 * browser takes it, else gzip: a listing's JSON is a fifth of its size on a slow line. It
 * runs after Express has set the ETag and answered 304s from the uncompressed body, so
 * conditional requests and the public read cache (decision 0012) work as before; the built
 * storefront's files already carry the encoding the build gave them and pass through.
 * Below 1 KB the headers would outweigh the saving.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: compressFromBytes });
}
