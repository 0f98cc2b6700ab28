import fs from 'node:fs';
import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';

/** What the build writes beside each text asset (client/vite.config.ts), best first. */
const encodings = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;

/**
 * Points a request for a built file at its brotli or gzip twin when the browser takes that
 * encoding and the build wrote one, so the server never compresses the same bytes twice and
 * the slow phone gets the smallest form (brotli at its highest quality, which is too slow to
 * do per request). The static handler after this then serves the twin; `typeOfOriginal`
 * gives it the original's Content-Type and the encoding.
 */
export function preferPrecompressed(root: string): RequestHandler {
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const file = fileOf(root, request.path);
    if (!file) return next();
    response.vary('Accept-Encoding');
    for (const encoding of encodings) {
      if (!request.acceptsEncodings(encoding.name)) continue;
      if (!fs.existsSync(file + encoding.extension)) continue;
      request.url = `${request.path}${encoding.extension}${queryOf(request)}`;
      break;
    }
    next();
  };
}

/** The file a path names under root, or null; express.static answers the odd cases itself. */
function fileOf(root: string, urlPath: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, relative);
  return file.startsWith(path.join(root, path.sep)) && !relative.endsWith('/') ? file : null;
}

function queryOf(request: Request): string {
  const index = request.originalUrl.indexOf('?');
  return index === -1 ? '' : request.originalUrl.slice(index);
}

/** For express.static's setHeaders: a twin is the original's type in that encoding. */
export function typeOfOriginal(response: Response, filePath: string): void {
  const encoding = encodings.find(({ extension }) => filePath.endsWith(extension));
  if (!encoding) return;
  response.setHeader('Content-Encoding', encoding.name);
  response.type(path.extname(filePath.slice(0, -encoding.extension.length)));
}
