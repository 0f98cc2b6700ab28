import type { ErrorCode, Problem } from '@e-galleria/shared/errors';
import { ApiError } from './api-error.ts';

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A plain object is sent as JSON; FormData as multipart (the browser sets the boundary). */
  body?: object | FormData;
  signal?: AbortSignal | undefined;
  /** Extra request headers, e.g. the checkout's Idempotency-Key. */
  headers?: Record<string, string>;
};

/** How a request reaches the API: `fetch` in the browser, the server's own when it renders. */
export type ApiFetch = (path: string, init: RequestInit) => Promise<Response>;

let apiFetch: ApiFetch = (path, init) => fetch(path, init);

/**
 * Set once by the server's render (entry-server.tsx) to a function that answers in-process,
 * without a network hop to itself; the browser never calls it.
 */
export function sendApiRequestsThrough(replacement: ApiFetch): void {
  apiFetch = replacement;
}

/**
 * The one door to the API. Same-origin cookies carry the session; the server checks
 * Origin/Sec-Fetch-Site for CSRF, which the browser sends on its own.
 *
 * Responses are typed by the shared schemas but not parsed with them at run time: that would
 * ship zod to every visitor for data our own server produced.
 */
export async function requestJson<Result>(
  path: string,
  options: RequestOptions = {},
): Promise<Result> {
  const response = await send(path, options);
  return (await response.json()) as Result;
}

/** For endpoints answering 202/204 whose body we do not need. */
export async function requestWithoutResult(
  path: string,
  options: RequestOptions = {},
): Promise<void> {
  await send(path, options);
}

async function send(
  path: string,
  { method = 'GET', body, signal, headers: extraHeaders }: RequestOptions,
): Promise<Response> {
  const headers: Record<string, string> = { ...extraHeaders, Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await apiFetch(`/api${path}`, {
      method,
      headers,
      body: payload ?? null,
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ code: 'network_error', status: 0 });
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const problem = await readProblem(response);
  return new ApiError({
    code: problem?.code ?? fallbackCode(response.status),
    status: response.status,
    fieldErrors: problem?.errors ?? [],
    retryAfterSeconds,
    left: typeof problem?.left === 'number' ? problem.left : null,
    overlaps: problem?.overlaps ?? null,
    ...(problem?.detail === undefined ? {} : { detail: problem.detail }),
  });
}

async function readProblem(response: Response): Promise<Problem | null> {
  if (!/json/.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : null;
  } catch {
    return null;
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { code?: unknown }).code === 'string'
  );
}

/** A proxy or a crashed server may answer without problem+json; keep the UI speaking. */
function fallbackCode(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  return 'internal_error';
}
