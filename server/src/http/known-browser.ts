import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { createPrivateCookie, readCookie } from './session-cookie.ts';

/** A browser that has logged in to this account before: the account and the browser's id. */
export type KnownBrowser = { userId: string; browserId: string };

export type KnownBrowserCookie = {
  read: (request: Request) => KnownBrowser | null;
  /** Marks the browser as one the account's owner uses (after a login or a mailed link). */
  remember: (request: Request, response: Response, userId: string) => void;
};

const lifetimeMs = 365 * 24 * 60 * 60 * 1000;

/**
 * The "device cookie" of the login throttle (decision 0026): after a successful login the
 * browser keeps `<user id>.<browser id>.<signature>`, signed with the server secret so it
 * cannot be made up. Failed logins from a known browser slow down that browser only, and an
 * account locked for unknown browsers still lets its owner in from one of theirs. It grants
 * nothing else: the password is still needed. Outliving logouts is the point of it.
 */
export function createKnownBrowserCookie(options: {
  secret: string;
  isSecure: boolean;
  now: () => number;
}): KnownBrowserCookie {
  const cookie = createPrivateCookie('galleria_browser', options.isSecure);
  const signatureOf = (payload: string) =>
    createHmac('sha256', options.secret).update(`known-browser:${payload}`).digest('base64url');

  function read(request: Request): KnownBrowser | null {
    const value = readCookie(request, cookie);
    const [userId, browserId, signature, ...rest] = value?.split('.') ?? [];
    if (!userId || !browserId || !signature || rest.length > 0) return null;
    const expected = Buffer.from(signatureOf(`${userId}.${browserId}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { userId, browserId };
  }

  return {
    read,
    remember(request, response, userId) {
      const known = read(request);
      // The same browser keeps its id, so its own count of failures stays its own.
      const browserId =
        known?.userId === userId ? known.browserId : randomBytes(16).toString('base64url');
      const payload = `${userId}.${browserId}`;
      cookie.set(response, `${payload}.${signatureOf(payload)}`, options.now() + lifetimeMs);
    },
  };
}
