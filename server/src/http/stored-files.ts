import express, { type RequestHandler, type Response } from 'express';

/**
 * How stored files (image renditions) are answered at /files, by whichever store holds them
 * (server/src/integrations/file-storage.ts). Names are content hashes, so a name always
 * means the same bytes: cached for a year and never revalidated.
 */
export const storedFileCacheControl = 'public, max-age=31536000, immutable';

/**
 * The Content-Type comes from the extension, which the pipeline chose after re-encoding, and
 * `nosniff` (set for every response by securityHeaders, and again here should that ever
 * change) stops a browser from guessing anything else.
 */
export function setStoredFileHeaders(response: Response): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Images need no policy of their own, but a file opened on its own runs nothing.
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
}

/** The local store's /files: express.static over its folder. A missing file is a 404. */
export function serveStoredFilesFromDisk(root: string): RequestHandler {
  return express.static(root, {
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
    index: false,
    dotfiles: 'deny',
    setHeaders: setStoredFileHeaders,
  });
}
