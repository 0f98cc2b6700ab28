import type { Knex } from 'knex';
import type { UserRecord as UserRow } from '../users/users.service.ts';

export type SessionRow = { id: string; user_id: string; created_at: number; expires_at: number };

export function createSessionsRepository(knex: Knex) {
  return {
    async insert(session: SessionRow) {
      await knex('sessions').insert(session);
    },

    async findWithUser(id: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
      type Joined = UserRow & {
        session_id: string;
        session_created_at: number;
        expires_at: number;
      };
      const row = await knex('sessions as s')
        .join('users as u', 'u.id', 's.user_id')
        .where('s.id', id)
        .first<Joined | undefined>(
          's.id as session_id',
          's.created_at as session_created_at',
          's.expires_at',
          'u.*',
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
