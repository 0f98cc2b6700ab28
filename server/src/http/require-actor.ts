import type { Request } from 'express';
import { AppError } from '../errors.ts';
import type { Actor } from '../modules/auth/access.port.ts';

/** The logged-in actor, or `unauthenticated` (401). */
export function requireActor(request: Request): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
