import express, { type RequestHandler } from 'express';
import { sendProblem } from './problem.ts';

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * JSON in, and nothing else: a body of another type is refused with 415 rather than read as
 * empty. Multipart passes through to the upload routes, which parse it themselves.
 */
export function jsonBody(limit: string): RequestHandler[] {
  const rejectOtherTypes: RequestHandler = (request, response, next) => {
    if (!bodyMethods.has(request.method) || !hasBody(request.headers)) return next();
    if (request.is('application/json') || request.is('multipart/form-data')) return next();
    sendProblem(response, 'unsupported_media_type', {
      detail: 'Send JSON with Content-Type: application/json.',
    });
  };
  return [rejectOtherTypes, express.json({ limit, strict: true })];
}

function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}
