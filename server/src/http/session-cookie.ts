import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import type { SessionsService } from '../modules/auth/sessions.service.ts';

export type SessionCookie = {
  name: string;
  set: (response: Response, token: string, expiresAt: number) => void;
  clear: (response: Response) => void;
};

/**
 * HttpOnly, SameSite=Lax, and in production Secure with the `__Host-` prefix, which the
 * browser only accepts from HTTPS for the whole host: no subdomain can plant a session (or a
 * guest basket).
 */
export function createPrivateCookie(baseName: string, isSecure: boolean): SessionCookie {
  const name = isSecure ? `__Host-${baseName}` : baseName;
  const options: CookieOptions = { httpOnly: true, sameSite: 'lax', secure: isSecure, path: '/' };
  return {
    name,
    set: (response, token, expiresAt) =>
      response.cookie(name, token, { ...options, expires: new Date(expiresAt) }),
    clear: (response) => response.clearCookie(name, options),
  };
}

export function createSessionCookie(isSecure: boolean): SessionCookie {
  return createPrivateCookie('galleria_session', isSecure);
}

/** The cookie's value when it looks like one of our tokens, else null. */
export function readCookie(request: Request, cookie: SessionCookie): string | null {
  const cookies = request.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[cookie.name];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

/** Resolves the cookie to `request.actor` once per request; routes then only read it. */
export function loadActor(cookie: SessionCookie, sessions: SessionsService): RequestHandler {
  return async (request, response, next) => {
    const token = readCookie(request, cookie);
    if (token === null) return next();
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
