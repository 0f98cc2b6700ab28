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
const writeAt =
  /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|replace\s+into|update|delete\s+from)\s+[`"]?(\w+)/i;
const writeWithin =
  /\b(?:insert\s+(?:or\s+\w+\s+)?into|delete\s+from)\s+[`"]?(\w+)|\bupdate\s+[`"]?(\w+)[`"]?(?:\s+(?:as\s+)?\w+)?\s+set\b/gi;

/**
 * The tables a statement writes: `insert into "t"`, `update "t"`, `delete from "t"`,
 * `replace into t`, quoted by either dialect or not at all; in a `WITH` statement, every
 * INSERT, UPDATE and DELETE among its parts (a checkout's writes are one, decision 0052).
 * Empty for anything else (SELECT, PRAGMA, BEGIN…); null for a write whose table we could not
 * read, which counts rather than risk a stale page.
 */
export function writtenTables(sql: string): string[] | null {
  const match = writeAt.exec(sql);
  if (match) return [match[1]?.toLowerCase() ?? ''];
  if (/^\s*(?:insert|update|delete|replace)\b/i.test(sql)) return null;
  if (!/^\s*with\b/i.test(sql)) return [];
  return [...sql.matchAll(writeWithin)].map((found) => (found[1] ?? found[2] ?? '').toLowerCase());
}

export function createWriteGeneration(
  knex: Knex,
  options: { ignoredTables: readonly string[]; notices?: WriteNotices | null },
) {
  const ignored = new Set(options.ignoredTables);
  const notices = options.notices ?? null;
  const dirtyTransactions = new Set<string>();
  let generation = 0;

  /** Whether a statement wrote a table public pages may show (or one we could not read). */
  function writesShown(sql: string): boolean {
    const tables = writtenTables(sql);
    return tables === null || tables.some((table) => !ignored.has(table));
  }

  type QueryEvent = { sql?: string; __knexTxId?: string };

  knex.on('query', (query: QueryEvent) => {
    const sql = query.sql ?? '';
    const transaction = query.__knexTxId;
    // A transaction's end counts when it has answered (below), not when it is sent.
    if (transaction !== undefined && isTransactionEnd(sql)) return;
    if (!writesShown(sql)) return;
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
      if (!writesShown(sql)) return undefined;
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
    if (!writesShown(sql)) return;
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
