import type { RequestHandler, Response } from 'express';

/**
 * Every API answer is personal unless proven public: it may name the person (their orders,
 * their shop's sales) or depend on their session cookie, and a shared cache or the browser's
 * disk must never keep it (issue 12, decision 0024). Set first, so errors carry it too.
 */
export const answersArePrivate: RequestHandler = (_request, response, next) => {
  response.setHeader('Cache-Control', 'private, no-store');
  response.vary('Cookie');
  next();
};

/**
 * The policy of a public read (server/src/http/public-read-cache.ts): the same for everyone,
 * so any cache may keep it, but it asks again each time (with the ETag Express sends, a
 * 304 when nothing changed): a page a shop just changed is never shown from a cache.
 */
export function answerIsPublic(response: Response): void {
  response.setHeader('Cache-Control', 'public, no-cache');
  const vary = String(response.getHeader('Vary') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && name.toLowerCase() !== 'cookie');
  if (vary.length > 0) response.setHeader('Vary', vary.join(', '));
  else response.removeHeader('Vary');
}
