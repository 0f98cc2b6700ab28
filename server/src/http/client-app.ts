import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import type { PageStatus } from './page-status.ts';
import { preferPrecompressed, typeOfOriginal } from './precompressed-files.ts';
import type { RenderedPages } from './rendered-pages.ts';
import { sendKeptBytes } from './public-read-cache.ts';

/** Must reach the browser at once: a stale one would keep serving an old app shell. */
const filesNeverCached = new Set(['sw.js', 'registerSW.js', 'manifest.webmanifest']);

/**
 * Serves the built storefront: hashed assets for a year, index.html never cached, and every
 * other GET that asks for HTML answered with index.html so the client router can take it
 * (`/arjeplog/…`) — with 404 where no page is (page-status.ts), so search engines and link
 * checkers learn that an address is wrong while the visitor still sees the app's own page.
 * Text files go out in the brotli or gzip form the build wrote beside them. The public pages
 * a visitor opens first come rendered, their content in the HTML (rendered-pages.ts).
 */
export function clientApp(
  clientDir: string,
  statusOf: PageStatus,
  renderedPage: RenderedPages,
): Router {
  const router = Router();
  const indexFile = path.join(clientDir, 'index.html');
  const assetsDir = path.join(clientDir, 'assets');
  router.use(
    '/assets',
    preferPrecompressed(assetsDir),
    express.static(assetsDir, {
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
      setHeaders: typeOfOriginal,
    }),
  );
  router.use(
    preferPrecompressed(clientDir),
    express.static(clientDir, {
      index: false,
      maxAge: '1h',
      setHeaders: (response, filePath) => {
        typeOfOriginal(response, filePath);
        const name = path.basename(filePath).replace(/\.(br|gz)$/, '');
        if (filesNeverCached.has(name)) response.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.get(/.*/, async (request, response, next) => {
    if (!request.accepts('html')) return next();
    if (!fs.existsSync(indexFile)) {
      response
        .status(503)
        .type('text/plain')
        .send('The storefront is not built yet: run `npm run build`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    // A session cookie decides between the rendered page and the app shell.
    response.vary('Cookie');
    const page = await renderedPage(request, response);
    if (page.kind === 'page') {
      if (page.preload) response.setHeader('Link', page.preload);
      await sendKeptBytes(response.status(200).type('html'), page.document);
      return;
    }
    // The page's own loader said what page-status.ts would have asked the database again.
    response.status(page.kind === 'not-found' ? 404 : await statusOf(request.path));
    response.sendFile(indexFile);
  });
  return router;
}
