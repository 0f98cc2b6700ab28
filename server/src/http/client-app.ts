import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built storefront: hashed assets for a year, index.html never cached, and every
 * other GET answered with index.html so the client router can take it (`/arjeplog/…`).
 */
export function clientApp(clientDir: string): Router {
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
  router.get(/.*/, (request, response, next) => {
    if (!request.accepts('html')) return next();
    if (!fs.existsSync(indexFile)) {
      response
        .status(503)
        .type('text/plain')
        .send('The storefront is not built yet: run `npm run build`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return router;
}
