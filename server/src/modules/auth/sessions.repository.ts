import type { Knex } from 'knex';
import { keepPrepared } from '../../db/prepared-statements.ts';
import type { UserRecord as UserRow } from '../users/users.service.ts';

export type SessionRow = { id: string; user_id: string; created_at: number; expires_at: number };

/** What a signed-in request knows of its account. */
export type SessionUser = Pick<UserRow, 'id' | 'email' | 'name' | 'locale'>;

export function createSessionsRepository(knex: Knex) {
  return {
    async insert(session: SessionRow) {
      await knex('sessions').insert(session);
    },

    /**
     * A session with what a request needs of its account: not its password hash, which every
     * signed-in request would otherwise carry in memory. Named columns, kept prepared on
     * PostgreSQL: read on every signed-in request (decision 0060).
     */
    async findWithUser(
      id: string,
    ): Promise<{ session: SessionRow; user: SessionUser } | undefined> {
      type Joined = SessionUser & {
        session_id: string;
        session_created_at: number;
        expires_at: number;
      };
      const row = await keepPrepared(knex('sessions as s'))
        .join('users as u', 'u.id', 's.user_id')
        .where('s.id', id)
        .first<Joined | undefined>(
          's.id as session_id',
          's.created_at as session_created_at',
          's.expires_at',
          'u.id',
          'u.email',
          'u.name',
          'u.locale',
        );
      if (!row) return undefined;
      const { session_id, session_created_at, expires_at, ...user } = row;
      return {
        session: { id: session_id, user_id: user.id, created_at: session_created_at, expires_at },
        user,
      };
    },

    async extend(id: string, expiresAt: number) {
      await knex('sessions').where({ id }).update({ expires_at: expiresAt });
    },

    async delete(id: string) {
      await knex('sessions').where({ id }).delete();
    },

    async deleteAllOfUser(userId: string, db: Knex = knex) {
      await db('sessions').where({ user_id: userId }).delete();
    },

    async deleteExpired(now: number) {
      return knex('sessions').where('expires_at', '<', now).delete();
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
