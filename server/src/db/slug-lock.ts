import type { Knex } from 'knex';
import { lockUntilCommit } from './transaction-lock.ts';

/**
 * Holds the right to pick a free slug in `table` until `trx` ends. Picking is read-then-insert
 * (`name`, `name-2`, …): under PostgreSQL's READ COMMITTED two creations with the same name
 * at once read the same free slug, and the unique index refused the second with a 500 (issue
 * 12). With the lock the second waits, then reads the slug the first committed.
 */
export async function lockSlugChoice(trx: Knex, table: string): Promise<void> {
  await lockUntilCommit(trx, `slug:${table}`);
}
