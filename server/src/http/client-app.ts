import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import type { PageStatus } from './page-status.ts';

/**
 * Serves the built storefront: hashed assets for a year, index.html never cached, and every
 * other GET that asks for HTML answered with index.html so the client router can take it
 * (`/arjeplog/…`) — with 404 where no page is (page-status.ts), so search engines and link
 * checkers learn that an address is wrong while the visitor still sees the app's own page.
 */
export function clientApp(clientDir: string, statusOf: PageStatus): Router {
  const router = Router();
  const indexFile = path.join(clientDir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
    }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  router.get(/.*/, async (request, response, next) => {
    if (!request.accepts('html')) return next();
    if (!fs.existsSync(indexFile)) {
      response
        .status(503)
        .type('text/plain')
        .send('The storefront is not built yet: run `npm run build`.');
      return;
    }
    response.status(await statusOf(request.path));
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return router;
}
