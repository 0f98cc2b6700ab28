import express, { type RequestHandler } from 'express';

/**
 * Serves stored files (image renditions) at /files. Names are content hashes, so a name
 * always means the same bytes: cached for a year and never revalidated. The Content-Type
 * comes from the extension, which the pipeline chose after re-encoding, and `nosniff` (set
 * for every response by securityHeaders, and again here should that ever change) stops a
 * browser from guessing anything else. A missing file is a problem+json 404.
 */
export function serveStoredFiles(root: string): RequestHandler {
  return express.static(root, {
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
    index: false,
    dotfiles: 'deny',
    setHeaders: (response) => {
      response.setHeader('X-Content-Type-Options', 'nosniff');
      // Images need no policy of their own, but a file opened on its own runs nothing.
      response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    },
  });
}
