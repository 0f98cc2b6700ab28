import type { Role, ScopeType } from '@e-galleria/shared/roles';
import type { Queryable } from '../../db/database.ts';
import type { UserRow, UsersRepository } from './users.repository.ts';

export type { UserRow as UserRecord } from './users.repository.ts';

/**
 * People and the roles they hold, each for a scope: the users module's door to the modules
 * that create accounts (auth, invitations), hand out roles, and list who holds one
 * (docs/decisions/0019). Each method takes the caller's transaction when it runs in one; the
 * names are the repository's, whose SQL they hide.
 */
export function createUsersService(deps: { users: UsersRepository }) {
  const { users } = deps;
  return {
    findById: (id: string, db?: Queryable): Promise<UserRow | undefined> => users.findById(id, db),

    /** Addresses are stored in lower case: any spelling finds the account. */
    findByEmail: (email: string, db?: Queryable): Promise<UserRow | undefined> =>
      users.findByEmail(email, db),

    insert: (user: Parameters<UsersRepository['insert']>[0], db?: Queryable): Promise<UserRow> =>
      users.insert(user, db),

    update: (
      id: string,
      changes: Partial<Pick<UserRow, 'name' | 'locale' | 'password_hash' | 'last_login_at'>>,
      now: number,
      db?: Queryable,
    ) => users.update(id, changes, now, db),

    /** Once: giving a role someone holds already changes nothing. */
    addRole: (
      assignment: {
        userId: string;
        role: Role;
        scopeType: ScopeType;
        scopeId: string;
        now: number;
      },
      db?: Queryable,
    ) => users.addRole(assignment, db),

    findRoles: (userId: string, db?: Queryable) => users.findRoles(userId, db),

    /** Who holds a role for one scope (a service point's operators, say), by name. */
    listRoleHolders: (role: Role, scopeType: ScopeType, scopeId: string) =>
      users.listRoleHolders(role, scopeType, scopeId),

    /**
     * The region's admins (an installation is one region), in the caller's transaction: on
     * SQLite a read outside it would wait for the one writer connection the caller holds.
     */
    listRegionAdmins: (db: Queryable) => users.listRegionAdmins(db),
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
