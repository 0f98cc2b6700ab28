import type { User } from '@e-galleria/shared/auth';
import { isAllowed, type Action, type ResourceScope } from '@e-galleria/shared/authorization';
import type { RoleAssignment } from '@e-galleria/shared/roles';
import { AppError } from '../../errors.ts';

// The auth module's door to every other module: who is asking, and may they.

/** Who is asking: the person and the roles they hold, each for its scope. */
export type Actor = {
  user: User;
  roles: RoleAssignment[];
  sessionId: string;
};

/**
 * The service layer's one authorization check: every service calls it with the scope chain
 * of the resource it is about to touch, loaded from the database, never taken from the request.
 */
export function authorize(actor: Actor | null, action: Action, resource: ResourceScope): Actor {
  if (!actor) throw new AppError('unauthenticated');
  if (!isAllowed(actor.roles, action, resource)) throw new AppError('forbidden');
  return actor;
}
