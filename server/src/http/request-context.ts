import { AsyncLocalStorage } from 'node:async_hooks';
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

/**
 * The id of the request whose handling is running, wherever in its call chain (null outside
 * requests): a job enqueued while serving a request carries it into the job's logs. The store
 * holds nothing between requests; each request's id lives in its own asynchronous context.
 */
const requestIds = new AsyncLocalStorage<string>();

const acceptableRequestId = /^[A-Za-z0-9._-]{8,80}$/;

/** Keeps an upstream proxy's request id when it looks like one, so logs join up. */
export const assignRequestId: RequestHandler = (request, response, next) => {
  const incoming = request.get('x-request-id');
  request.requestId = incoming && acceptableRequestId.test(incoming) ? incoming : randomUUID();
  request.actor = null;
  request.sessionToken = null;
  response.setHeader('X-Request-Id', request.requestId);
  requestIds.run(request.requestId, next);
};

export function currentRequestId(): string | null {
  return requestIds.getStore() ?? null;
}

/** Runs `work` as if serving the request `requestId` (jobs and tests). */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestIds.run(requestId, work);
}
