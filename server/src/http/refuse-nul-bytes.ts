import type { RequestHandler } from 'express';
import { sendProblem } from './problem.ts';

/**
 * Refuses U+0000 anywhere in a request's path, query or JSON body with 400 before any route
 * sees it. No text we keep has a use for it, and PostgreSQL cannot store it in a text column:
 * a NUL that reached a query there was a 500 on almost every route (issue 12). Refusing it
 * once, here, covers routes added later; per-route checks would forget one.
 */
export const refuseNulBytes: RequestHandler = (request, response, next) => {
  // In the URL a NUL can only arrive percent-encoded: Node's parser refuses a raw one.
  const where = /%00/i.test(request.originalUrl) ? 'url' : nulPathIn(request.body as unknown);
  if (where === null) return next();
  sendProblem(response, 'validation_failed', {
    detail: 'The request contains a NUL character (U+0000), which no field accepts.',
    errors: [{ field: where, code: 'nul_character', message: 'Remove the NUL character.' }],
  });
};

/** The dotted path of the first string or key holding a NUL, or null; JSON is a tree. */
function nulPathIn(value: unknown): string | null {
  const found = nulKeysIn(value);
  return found === null ? null : found.reverse().join('.') || 'body';
}

/** The keys leading to a NUL, innermost first (built on the way back up), or null. */
function nulKeysIn(value: unknown): string[] | null {
  if (typeof value === 'string') return value.includes('\0') ? [] : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\0')) return [key.replaceAll('\0', '\\0')];
    const found = nulKeysIn(item);
    if (found === null) continue;
    found.push(key);
    return found;
  }
  return null;
}
