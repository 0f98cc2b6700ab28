import cookieParser from 'cookie-parser';
import express from 'express';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { jsonBody } from './json-body.ts';
import { assignRequestId, currentRequestId } from './request-context.ts';

/** The middleware the API runs before its routes, then a route that asks who it serves. */
function appAskingForTheRequestId() {
  const app = express();
  app.use(assignRequestId);
  app.use(jsonBody('64kb'));
  app.use(cookieParser());
  app.post('/probe', async (request, response) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    response.json({ seen: currentRequestId(), own: request.requestId });
  });
  return app;
}

describe('the current request id', () => {
  it('is the request’s own id anywhere in its handling, past the JSON parser and awaits', async () => {
    const app = appAskingForTheRequestId();
    const [first, second] = await Promise.all([
      supertest(app).post('/probe').set('X-Request-Id', 'upstream-id-0001').send({ a: 1 }),
      supertest(app).post('/probe').send({ b: 2 }),
    ]);
    expect(first.body).toEqual({ seen: 'upstream-id-0001', own: 'upstream-id-0001' });
    expect(second.body.seen).toBe(second.body.own);
    expect(second.body.seen).not.toBe('upstream-id-0001');
  });

  it('is null outside any request', () => {
    expect(currentRequestId()).toBeNull();
  });
});
