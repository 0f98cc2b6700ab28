import { isAllowed, type Action, type ResourceScope } from '@e-galleria/shared/authorization';
import { AppError } from '../../errors.ts';
import type { Actor } from './actor.ts';

/**
 * The service layer's one authorization check: every service calls it with the scope chain
 * of the resource it is about to touch, loaded from the database, never taken from the request.
 */
export function authorize(actor: Actor | null, action: Action, resource: ResourceScope): Actor {
  if (!actor) throw new AppError('unauthenticated');
  if (!isAllowed(actor.roles, action, resource)) throw new AppError('forbidden');
  return actor;
}
