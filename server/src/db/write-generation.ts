import type { Knex } from 'knex';
import { holdAnswers, isTransactionEnd } from './transaction-end-answers.ts';
import type { WriteNotices } from './write-notices.ts';

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
 * transaction-end-answers.ts).
 *
 * Other app servers on the same PostgreSQL database write without this process seeing it:
 * with `notices` (write-notices.ts, decision 0049) each committed write is announced to them,
 * and their announcements move this generation too. The writer's caller goes on once its
 * announcement has answered (the statement's answer is held till then), so the others have
 * it before anyone acting on the answer can ask them. While their announcements cannot reach
 * us, `current()` is null: nothing may be cached, since nothing would tell it is old.
 */
export function createWriteGeneration(
  knex: Knex,
  options: { ignoredTables: readonly string[]; notices?: WriteNotices | null },
) {
  const ignored = new Set(options.ignoredTables);
  const notices = options.notices ?? null;
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

  /** Announcements of committed transactions, until their COMMIT's caller waits for them. */
  const announcements = new Map<string, Promise<void>>();
  const holding =
    notices !== null &&
    holdAnswers(knex, ({ sql, __knexTxId: transaction }) => {
      if (transaction !== undefined) {
        if (!isTransactionEnd(sql)) return undefined;
        const announced = announcements.get(transaction);
        announcements.delete(transaction);
        return announced;
      }
      // A write outside a transaction: committed now.
      const table = writtenTable(sql);
      if (table === undefined || (table !== null && ignored.has(table))) return undefined;
      return notices.announce();
    });

  /** A COMMIT that answered, or failed: either way the transaction is over. */
  function onTransactionEnd(query: QueryEvent, committed: boolean) {
    const transaction = query.__knexTxId;
    if (transaction === undefined || !dirtyTransactions.delete(transaction)) return;
    generation++;
    if (!committed || !notices) return;
    if (holding) announcements.set(transaction, notices.announce());
    else void notices.announce();
  }

  knex.on('query-response', (_response: unknown, query: QueryEvent) => {
    const sql = query.sql ?? '';
    if (query.__knexTxId !== undefined) {
      if (isTransactionEnd(sql)) onTransactionEnd(query, /^\s*commit\b/i.test(sql));
      return;
    }
    // A write outside a transaction has committed once it answered; move again for readers
    // that started while it ran.
    const table = writtenTable(sql);
    if (table === undefined || (table !== null && ignored.has(table))) return;
    generation++;
    // Announced before this event when held (above).
    if (notices && !holding) void notices.announce();
  });

  knex.on('query-error', (_error: unknown, query: QueryEvent) => {
    if (isTransactionEnd(query.sql ?? '')) onTransactionEnd(query, false);
  });

  notices?.onOtherWrites(() => generation++);

  return {
    /** Null while other app servers' writes may go unseen: then nothing is cached. */
    current: (): number | null => (notices && !notices.isListening() ? null : generation),
  };
}

export type WriteGeneration = ReturnType<typeof createWriteGeneration>;
