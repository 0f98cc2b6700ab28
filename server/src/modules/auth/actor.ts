import type { User } from '@e-galleria/shared/auth';
import type { RoleAssignment } from '@e-galleria/shared/roles';

/** Who is asking: the person and the roles they hold, each for its scope. */
export type Actor = {
  user: User;
  roles: RoleAssignment[];
  sessionId: string;
};
