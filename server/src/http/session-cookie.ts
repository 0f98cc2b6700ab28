import type { CookieOptions, RequestHandler, Response } from 'express';
import type { SessionsService } from '../modules/auth/sessions.service.ts';

export type SessionCookie = {
  name: string;
  set: (response: Response, token: string, expiresAt: number) => void;
  clear: (response: Response) => void;
};

/**
 * HttpOnly, SameSite=Lax, and in production Secure with the `__Host-` prefix, which the
 * browser only accepts from HTTPS for the whole host: no subdomain can plant a session.
 */
export function createSessionCookie(isSecure: boolean): SessionCookie {
  const name = isSecure ? '__Host-galleria_session' : 'galleria_session';
  const options: CookieOptions = { httpOnly: true, sameSite: 'lax', secure: isSecure, path: '/' };
  return {
    name,
    set: (response, token, expiresAt) =>
      response.cookie(name, token, { ...options, expires: new Date(expiresAt) }),
    clear: (response) => response.clearCookie(name, options),
  };
}

/** Resolves the cookie to `request.actor` once per request; routes then only read it. */
export function loadActor(cookie: SessionCookie, sessions: SessionsService): RequestHandler {
  return async (request, response, next) => {
    const cookies = request.cookies as Record<string, unknown> | undefined;
    const token = cookies?.[cookie.name];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return next();
    request.sessionToken = token;
    const resolved = await sessions.resolve(token);
    if (!resolved) {
      cookie.clear(response);
      return next();
    }
    request.actor = resolved.actor;
    if (resolved.renewedExpiresAt !== null) cookie.set(response, token, resolved.renewedExpiresAt);
    next();
  };
}
