import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Actor } from '../modules/auth/access.port.ts';

declare global {
  // Express's own extension point for what middleware attaches to a request.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      requestId: string;
      /** The logged-in person with their scoped roles; null when anonymous. */
      actor: Actor | null;
      /** Set when the session cookie named a session, valid or not. */
      sessionToken: string | null;
    }
  }
}

const acceptableRequestId = /^[A-Za-z0-9._-]{8,80}$/;

/** Keeps an upstream proxy's request id when it looks like one, so logs join up. */
export const assignRequestId: RequestHandler = (request, response, next) => {
  const incoming = request.get('x-request-id');
  request.requestId = incoming && acceptableRequestId.test(incoming) ? incoming : randomUUID();
  request.actor = null;
  request.sessionToken = null;
  response.setHeader('X-Request-Id', request.requestId);
  next();
};
