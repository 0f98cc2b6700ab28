import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pg from 'pg';
import { readTogether, type ReadPart, type RowsOf } from './read-parts.ts';
import { createGroupedTransactions, type TransactionUnit } from './grouped-transactions.ts';
import { SqliteClientWithStatementCache } from './sqlite-statement-cache.ts';
import { PostgresClientAnsweringCommits } from './transaction-end-answers.ts';
import { createWriteNotices, type NoticeLog, type WriteNotices } from './write-notices.ts';

export type Dialect = 'sqlite' | 'postgres';

/**
 * A transaction as a service holds it: it hands it to repositories, which are the only code
 * that queries (docs/decisions/0019). Services never import knex.
 */
export type Transaction = Knex.Transaction;

/** What a repository queries through: the writer, the readers, or a transaction. */
export type Queryable = Knex;

/** Writes of one transaction that may be sent together: see `Database.sendTogether`. */
export type WriteStep = () => Promise<unknown>;

export type Database = {
  /** The writer pool; only repositories (and db/) query it. */
  knex: Knex;
  /**
   * For reads outside transactions that may run beside the writer: on SQLite, read-only
   * connections of their own (WAL lets readers run while the one writer writes); on
   * PostgreSQL, the same pool. Never use it for a read that must see an open transaction.
   */
  reader: Knex;
  /**
   * A write transaction for work that arrives many at once (checkouts). On SQLite, units that
   * wait for the one writer share one transaction (group commit, grouped-transactions.ts,
   * decision 0018), with foreign keys checked at COMMIT; a unit may run more than once, and
   * must settle only when none of its statements is still running. On PostgreSQL, a
   * transaction of its own.
   */
  groupedTransaction: <T>(unit: TransactionUnit<T>) => Promise<T>;
  /**
   * For a unit of `groupedTransaction` whose writes are ONE `sendParts` (write-parts.ts) and
   * whose reads can be outside a transaction. On PostgreSQL the unit gets the pool, no
   * transaction: that one statement is atomic on its own, which saves BEGIN and COMMIT, two of
   * a checkout's six round trips (decision 0055); its refusals must be the statement's own
   * (`sendParts`' checks). On SQLite, where the parts are statements of their own, a grouped
   * transaction as `groupedTransaction`.
   */
  statementWrite: <T>(unit: (db: Queryable) => Promise<T>) => Promise<T>;
  /**
   * Reads of several modules, built by their repositories (read-parts.ts), sent together on
   * the readers: on PostgreSQL one statement, one round trip (decision 0055).
   */
  readTogether: <const Parts extends readonly ReadPart<unknown>[]>(
    parts: Parts,
  ) => Promise<RowsOf<Parts>>;
  /** A plain write transaction: committed when `work` resolves, rolled back when it throws. */
  transaction: <T>(work: (trx: Transaction) => Promise<T>) => Promise<T>;
  /**
   * Sends the writes of a grouped transaction's unit: on SQLite all at once, so the one writer
   * waits for one round of the driver's thread pool instead of one per statement (foreign keys
   * are checked at COMMIT there, decision 0017); on PostgreSQL one after the other, in order.
   * Any failure fails the whole unit.
   */
  sendTogether: (steps: readonly WriteStep[]) => Promise<void>;
  /**
   * On PostgreSQL, how app servers sharing the database tell each other about committed
   * writes (write-notices.ts, decision 0049); it listens only once something subscribes.
   * Null on SQLite: one process per file, which sees every write itself.
   */
  writeNotices: WriteNotices | null;
  /** One round trip: whether the database answers (GET /api/health). */
  ping: () => Promise<void>;
  dialect: Dialect;
  /** The DATABASE_URL it was opened with: the job queue opens its own connections from it. */
  url: string;
  /** The writer pool's connections now (GET /metrics). */
  poolStats: () => PoolStats;
  close: () => Promise<void>;
};

export type PoolStats = { used: number; free: number; pending: number; max: number };

/** knex's pool (tarn) as far as we read it. */
type TarnPool = {
  numUsed: () => number;
  numFree: () => number;
  numPendingAcquires: () => number;
  max: number;
};

function statsOf(instance: Knex): PoolStats {
  const pool = (instance.client as { pool?: TarnPool }).pool;
  if (!pool) return { used: 0, free: 0, pending: 0, max: 0 };
  return {
    used: pool.numUsed(),
    free: pool.numFree(),
    pending: pool.numPendingAcquires(),
    max: pool.max,
  };
}

/** How a service opens a transaction: `database.transaction`, passed in. */
export type TransactionRunner = Database['transaction'];

// Timestamps are epoch milliseconds in BIGINT columns: the one representation both engines
// store, compare and return alike. pg returns BIGINT as a string to be safe beyond 2^53;
// milliseconds stay far below that, so numbers are exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/**
 * The only place that knows which engine we run on. `sqlite:<file>` (the embedded default)
 * or `postgres://…`.
 */
export function createDatabase(databaseUrl: string, options: { log?: NoticeLog } = {}): Database {
  if (databaseUrl.startsWith('sqlite:')) return createSqlite(databaseUrl.slice('sqlite:'.length));
  return createPostgres(databaseUrl, options.log);
}

function createSqlite(filename: string): Database {
  if (filename !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
  const open = (pool: { min: number; max: number }, pragmas: readonly string[]) =>
    knex({
      // knex's sqlite3 dialect, keeping each connection's prepared statements.
      client: SqliteClientWithStatementCache as unknown as typeof Knex.Client,
      connection: { filename },
      useNullAsDefault: true,
      pool: {
        ...pool,
        afterCreate: (connection: SqliteConnection, done: (error: Error | null) => void) => {
          connection.serialize(() => {
            for (const pragma of pragmas.slice(0, -1)) connection.run(pragma);
            connection.run(pragmas.at(-1) ?? 'select 1', (error) => done(error));
          });
        },
      },
    });
  // SQLite serialises writers anyway; one writing connection avoids SQLITE_BUSY between our
  // own connections and keeps transactions strictly ordered.
  const writer = open({ min: 1, max: 1 }, [
    'PRAGMA journal_mode = WAL',
    'PRAGMA synchronous = NORMAL',
    'PRAGMA foreign_keys = ON',
    'PRAGMA busy_timeout = 5000',
  ]);
  // An in-memory database exists once per connection: it cannot have separate readers.
  const reader =
    filename === ':memory:'
      ? writer
      : // One per core and one more: the public reads' fair queue keeps a read for another
        // municipality beside a flooded one's (catalogue.module.ts, decision 0053).
        open({ min: 0, max: Math.max(2, os.availableParallelism()) + 1 }, [
          'PRAGMA query_only = ON',
          // 32 MB of pages per reader (the default is 2 MB): the statistics' aggregates read
          // tens of thousands of index entries per request (decision 0038).
          'PRAGMA cache_size = -32768',
          'PRAGMA busy_timeout = 5000',
        ]);
  const groupedTransaction = createGroupedTransactions(writer, {
    maxUnits: 16,
    // The units' writes may then go to the writer together, in any order (decision 0017).
    begin: (trx) => trx.raw('PRAGMA defer_foreign_keys = ON'),
  });
  return {
    knex: writer,
    reader,
    groupedTransaction,
    statementWrite: (unit) => groupedTransaction(unit),
    readTogether: (parts) => readTogether(reader, parts),
    transaction: (work) => writer.transaction(work),
    sendTogether: async (steps) => {
      const outcomes = await Promise.allSettled(steps.map((step) => step()));
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    },
    writeNotices: null,
    ping: async () => {
      await reader.raw('select 1');
    },
    dialect: 'sqlite',
    url: `sqlite:${filename}`,
    poolStats: () => statsOf(writer),
    close: async () => {
      if (reader !== writer) await reader.destroy();
      await writer.destroy();
    },
  };
}

type SqliteConnection = {
  serialize: (callback: () => void) => void;
  run: (sql: string, callback?: (error: Error | null) => void) => void;
};

function createPostgres(connectionString: string, log: NoticeLog | undefined): Database {
  const instance = knex({
    // knex's pg dialect, telling when a COMMIT has answered (transaction-end-answers.ts).
    client: PostgresClientAnsweringCommits as unknown as typeof Knex.Client,
    // No JIT: it compiles a query whose estimate passes a threshold, which costs an
    // aggregate of the statistics pages 200 ms to save a few (decision 0038); our queries are
    // short, and none gains from it.
    connection: { connectionString, options: '-c jit=off' },
    pool: { min: 0, max: 10 },
  });
  const writeNotices = createWriteNotices({ connectionString, pool: instance, log });
  return {
    knex: instance,
    reader: instance,
    groupedTransaction: (unit) => instance.transaction(unit),
    statementWrite: (unit) => unit(instance),
    readTogether: (parts) => readTogether(instance, parts),
    transaction: (work) => instance.transaction(work),
    sendTogether: async (steps) => {
      for (const step of steps) await step();
    },
    writeNotices,
    ping: async () => {
      await instance.raw('select 1');
    },
    dialect: 'postgres',
    url: connectionString,
    poolStats: () => statsOf(instance),
    close: async () => {
      await writeNotices.close();
      await instance.destroy();
    },
  };
}
