import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import type sqlite3 from 'sqlite3';
import { SqliteTransaction } from './sqlite-transaction.ts';
import { answerTransactionEnd, type QueryEvents } from './transaction-end-answers.ts';

/**
 * knex's own SQLite dialect with one change: each connection keeps its prepared statements.
 *
 * knex hands node-sqlite3 the SQL text of every query, and node-sqlite3 then prepares it,
 * runs it and finalizes it: three trips through the thread pool, each one also an object and
 * a callback on the main thread. A checkout runs about fifteen statements, and on two cores
 * these trips were a quarter of its CPU. A statement prepared once per connection and run
 * again with new bindings is one trip (decision 0016).
 *
 * Safe because:
 * - knex gives a connection to one query at a time outside transactions, and node-sqlite3
 *   queues calls on a statement that is still running;
 * - every cached statement runs to completion (`all` steps until done; `run` is used only for
 *   writes without RETURNING, which finish in one step), so none holds a read snapshot or a
 *   lock between queries;
 * - a statement that failed is finalized and prepared afresh the next time;
 * - SQLite re-prepares a statement by itself when a migration changes the schema.
 */

const require = createRequire(import.meta.url);

type QueryObject = {
  sql: string;
  bindings?: unknown[];
  method?: string;
  returning?: unknown;
  response?: unknown;
  context?: { lastID: number; changes: number };
};

type KnexSqliteClient = QueryEvents & {
  _query(connection: sqlite3.Database, obj: QueryObject): Promise<QueryObject>;
  destroyRawConnection(connection: sqlite3.Database): Promise<void>;
};

// The dialect class knex itself uses for `client: 'sqlite3'`; knex documents passing a
// client class in `client` for exactly this kind of extension.
const KnexSqlite3 = require('knex/lib/dialects/sqlite3') as new (
  config: Knex.Config,
) => KnexSqliteClient;

/** Enough for every query shape the app runs; rarer shapes (long IN lists) come and go. */
const statementsPerConnection = 256;

const caches = new WeakMap<sqlite3.Database, LRUCache<string, sqlite3.Statement>>();

function statementsOf(connection: sqlite3.Database) {
  let cache = caches.get(connection);
  if (!cache) {
    cache = new LRUCache<string, sqlite3.Statement>({
      max: statementsPerConnection,
      // node-sqlite3 finalizes after whatever the statement is still running.
      dispose: (statement) => void statement.finalize(),
    });
    caches.set(connection, cache);
  }
  return cache;
}

/** knex's choice (knex/lib/dialects/sqlite3/index.js `_query`), kept identical. */
function callMethodOf(obj: QueryObject): 'all' | 'run' {
  switch (obj.method) {
    case 'insert':
    case 'update':
      return obj.returning ? 'all' : 'run';
    case 'counter':
    case 'del':
      return 'run';
    default:
      return 'all';
  }
}

export class SqliteClientWithStatementCache extends KnexSqlite3 {
  /** Transactions whose failed COMMIT is rolled back (sqlite-transaction.ts). */
  transaction(...args: unknown[]) {
    return new SqliteTransaction(this, ...args);
  }

  override _query(connection: sqlite3.Database, obj: QueryObject): Promise<QueryObject> {
    if (!obj.sql) throw new Error('The query is empty');
    // Tells the write generation when a transaction's COMMIT has taken effect.
    return answerTransactionEnd(this, connection, obj, this.runKept(connection, obj));
  }

  private runKept(connection: sqlite3.Database, obj: QueryObject): Promise<QueryObject> {
    const method = callMethodOf(obj);
    // `run` steps once: a statement that returns rows would stay open if it were kept.
    if (method === 'run' && /\breturning\b/i.test(obj.sql)) return super._query(connection, obj);
    const sql = obj.sql;
    const bindings = obj.bindings ?? [];
    const statements = statementsOf(connection);
    return new Promise((resolve, reject) => {
      const execute = (statement: sqlite3.Statement, keep: boolean) => {
        const done = function (this: sqlite3.RunResult, error: Error | null, rows?: unknown) {
          if (error) {
            if (keep) statements.delete(sql);
            else statement.finalize();
            reject(error);
            return;
          }
          if (!keep) statement.finalize();
          obj.response = rows;
          // Copied: the statement object is reused by the next run of the same query.
          obj.context = { lastID: this.lastID, changes: this.changes };
          resolve(obj);
        };
        if (method === 'all') statement.all(bindings, done);
        else statement.run(bindings, done);
      };
      const cached = statements.get(sql);
      if (cached) {
        execute(cached, true);
        return;
      }
      // Cached only once prepared: node-sqlite3 drops, without calling back, the calls
      // queued on a statement whose preparation failed.
      const prepared = connection.prepare(sql, (error: Error | null) => {
        if (error) {
          reject(error);
          return;
        }
        // Two queries of the same text prepared at once (in one transaction): one is kept.
        const keep = !statements.has(sql);
        if (keep) statements.set(sql, prepared);
        execute(prepared, keep);
      });
    });
  }

  override async destroyRawConnection(connection: sqlite3.Database): Promise<void> {
    const cache = caches.get(connection);
    if (cache) {
      const statements = [...cache.values()];
      caches.delete(connection);
      // A connection closes only once its statements are finalized.
      await Promise.all(
        statements.map(
          (statement) => new Promise<void>((resolve) => statement.finalize(() => resolve())),
        ),
      );
    }
    await super.destroyRawConnection(connection);
  }
}
