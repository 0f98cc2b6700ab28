import type { Knex } from 'knex';
import { dialectOf } from './search-index.ts';

/**
 * Holds `key` until `trx` ends, for a rule no unique index can state (a free slug, periods
 * that must not overlap): a check-then-write under it sees what every earlier holder
 * committed. Under PostgreSQL's READ COMMITTED two such transactions at once would each read
 * the state before the other's write and both write; with the lock the second waits, and its
 * next statement reads the first's commit. On SQLite the one writer already runs write
 * transactions one after the other (decision 0018), so there is nothing to take.
 */
export async function lockUntilCommit(trx: Knex, key: string): Promise<void> {
  if (dialectOf(trx) === 'sqlite') return;
  await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
}
