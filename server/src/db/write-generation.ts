import type { Knex } from 'knex';
import { isTransactionEnd } from './transaction-end-answers.ts';

/**
 * A counter that moves whenever something that public pages show may have changed, so caches
 * of those pages (server/src/http/public-read-cache.ts) know their entries are old without
 * every write path having to remember to say so.
 *
 * It watches knex's `query` events: any INSERT, UPDATE or DELETE on a table not in
 * `ignoredTables` moves it, and so does the answer to the COMMIT of a transaction that made
 * such a write. Not the COMMIT being sent: until it has answered, readers on other
 * connections (PostgreSQL's pool, SQLite's read-only connections) still see the old rows and
 * would file them under the newest generation; once it has answered, the generation moves past
 * what they filed, before the writer's caller goes on (our dialects emit the COMMIT's answer,
 * transaction-end-answers.ts). Other app servers write without this process seeing it; the
 * cache's time limit bounds that.
 */
export function createWriteGeneration(knex: Knex, options: { ignoredTables: readonly string[] }) {
  const ignored = new Set(options.ignoredTables);
  const dirtyTransactions = new Set<string>();
  let generation = 0;

  function writtenTable(sql: string): string | null | undefined {
    // `insert into "t"`, `update "t"`, `delete from "t"`, `replace into t`; quoted by either
    // dialect or not at all. Anything else (SELECT, PRAGMA, BEGIN…) is not a write.
    const match =
      /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|replace\s+into|update|delete\s+from)\s+[`"]?([\w]+)/i.exec(
        sql,
      );
    if (match) return match[1]?.toLowerCase();
    return /^\s*(?:insert|update|delete|replace)\b/i.test(sql) ? null : undefined;
  }

  type QueryEvent = { sql?: string; __knexTxId?: string };

  knex.on('query', (query: QueryEvent) => {
    const sql = query.sql ?? '';
    const transaction = query.__knexTxId;
    // A transaction's end counts when it has answered (below), not when it is sent.
    if (transaction !== undefined && isTransactionEnd(sql)) return;
    const table = writtenTable(sql);
    // `null`: a write whose table we could not read; count it rather than risk a stale page.
    if (table === undefined || (table !== null && ignored.has(table))) return;
    generation++;
    if (transaction !== undefined) dirtyTransactions.add(transaction);
  });

  /** A COMMIT that answered, or failed: either way the transaction is over. */
  function onTransactionEnd(query: QueryEvent) {
    const transaction = query.__knexTxId;
    if (transaction !== undefined && dirtyTransactions.delete(transaction)) generation++;
  }

  knex.on('query-response', (_response: unknown, query: QueryEvent) => {
    const sql = query.sql ?? '';
    if (query.__knexTxId !== undefined) {
      if (isTransactionEnd(sql)) onTransactionEnd(query);
      return;
    }
    // A write outside a transaction has committed once it answered; move again for readers
    // that started while it ran.
    const table = writtenTable(sql);
    if (table === undefined || (table !== null && ignored.has(table))) return;
    generation++;
  });

  knex.on('query-error', (_error: unknown, query: QueryEvent) => {
    if (isTransactionEnd(query.sql ?? '')) onTransactionEnd(query);
  });

  return { current: () => generation };
}

export type WriteGeneration = ReturnType<typeof createWriteGeneration>;
