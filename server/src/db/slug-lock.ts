import type { Knex } from 'knex';
import { dialectOf } from './search-index.ts';

/**
 * Holds the right to pick a free slug in `table` until `trx` ends. Picking is read-then-insert
 * (`name`, `name-2`, …): under PostgreSQL's READ COMMITTED two creations with the same name
 * at once read the same free slug, and the unique index refused the second with a 500 (issue
 * 12). With the lock the second waits, then reads the slug the first committed. On SQLite
 * the one writer already runs transactions one after the other.
 */
export async function lockSlugChoice(trx: Knex, table: string): Promise<void> {
  if (dialectOf(trx) === 'sqlite') return;
  await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`slug:${table}`]);
}
