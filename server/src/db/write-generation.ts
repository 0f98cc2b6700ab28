import type { Knex } from 'knex';

/**
 * A counter that moves whenever something that public pages show may have changed, so caches
 * of those pages (server/src/http/public-read-cache.ts) know their entries are old without
 * every write path having to remember to say so.
 *
 * It watches knex's `query` events: any INSERT, UPDATE or DELETE on a table not in
 * `ignoredTables` moves it, and so does the COMMIT of a transaction that made such a write
 * (a reader that ran between the write and the commit saw the old rows). On SQLite, with its
 * single connection, no reader runs between a transaction's write and its commit, so a cached
 * entry is never older than the last commit. On PostgreSQL a reader on another connection may
 * run in the moment between the COMMIT being sent and taking effect, and other app servers
 * write without this process seeing it; the cache's time limit bounds both.
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

  knex.on('query', (query: { sql?: string; __knexTxId?: string }) => {
    const sql = query.sql ?? '';
    const transaction = query.__knexTxId;
    if (transaction !== undefined && /^\s*(commit|rollback)\b/i.test(sql)) {
      if (dirtyTransactions.delete(transaction)) generation++;
      return;
    }
    const table = writtenTable(sql);
    // `null`: a write whose table we could not read; count it rather than risk a stale page.
    if (table === undefined || (table !== null && ignored.has(table))) return;
    generation++;
    if (transaction !== undefined) dirtyTransactions.add(transaction);
  });

  // A write outside a transaction has committed once it answered; move again for readers that
  // started while it ran.
  knex.on('query-response', (_response: unknown, query: { sql?: string; __knexTxId?: string }) => {
    if (query.__knexTxId !== undefined) return;
    const table = writtenTable(query.sql ?? '');
    if (table === undefined || (table !== null && ignored.has(table))) return;
    generation++;
  });

  return { current: () => generation };
}

export type WriteGeneration = ReturnType<typeof createWriteGeneration>;
