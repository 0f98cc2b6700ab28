import type { Knex } from 'knex';
import type { Locale } from '@e-galleria/shared/locales';

export type RegistrationRow = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: Locale;
  created_at: number;
  expires_at: number;
  used_at: number | null;
};

/** Registrations waiting for their address to be verified (decision 0027). */
export function createRegistrationsRepository(knex: Knex) {
  return {
    async insert(row: RegistrationRow, db: Knex = knex) {
      await db('registration_requests').insert(row);
    },

    /**
     * Spends a usable request and answers it; undefined when it is unknown, used or expired.
     * The conditional update is what makes a link single-use under concurrency.
     */
    async spend(id: string, now: number, db: Knex): Promise<RegistrationRow | undefined> {
      const spent = await db('registration_requests')
        .where({ id, used_at: null })
        .andWhere('expires_at', '>', now)
        .update({ used_at: now });
      if (spent !== 1) return undefined;
      return db<RegistrationRow>('registration_requests').where({ id }).first();
    },

    /** Requests nobody will use any more: they hold password hashes, so they go. */
    deleteFinished: (now: number) =>
      knex('registration_requests')
        .where('expires_at', '<', now)
        .orWhereNotNull('used_at')
        .delete(),
  };
}

export type RegistrationsRepository = ReturnType<typeof createRegistrationsRepository>;
