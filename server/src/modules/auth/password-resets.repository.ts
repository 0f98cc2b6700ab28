import type { Knex } from 'knex';

/** Single-use tokens of mailed password-reset links; only their hash is stored. */
export function createPasswordResetsRepository(knex: Knex) {
  return {
    async insert(
      row: { id: string; user_id: string; created_at: number; expires_at: number },
      db: Knex = knex,
    ): Promise<void> {
      await db('password_reset_tokens').insert({ ...row, used_at: null });
    },

    /**
     * Spends a token that is unused and not expired, and names its account; undefined for any
     * other token. The conditional update is what makes it single-use under concurrency.
     */
    async spend(id: string, at: number, db: Knex): Promise<{ user_id: string } | undefined> {
      const row = await db<{ id: string; user_id: string }>('password_reset_tokens')
        .where({ id })
        .first();
      const spent = await db('password_reset_tokens')
        .where({ id, used_at: null })
        .andWhere('expires_at', '>', at)
        .update({ used_at: at });
      return row && spent === 1 ? { user_id: row.user_id } : undefined;
    },

    /** Every other link of the account stops working once its password is reset. */
    async spendAllOfUser(userId: string, at: number, db: Knex): Promise<void> {
      await db('password_reset_tokens')
        .where({ user_id: userId, used_at: null })
        .update({ used_at: at });
    },
  };
}

export type PasswordResetsRepository = ReturnType<typeof createPasswordResetsRepository>;
