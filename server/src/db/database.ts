import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgres';

export type Database = {
  knex: Knex;
  dialect: Dialect;
  close: () => Promise<void>;
};

// Timestamps are epoch milliseconds in BIGINT columns: the one representation both engines
// store, compare and return alike. pg returns BIGINT as a string to be safe beyond 2^53;
// milliseconds stay far below that, so numbers are exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/**
 * The only place that knows which engine we run on. `sqlite:<file>` (the embedded default)
 * or `postgres://…`.
 */
export function createDatabase(databaseUrl: string): Database {
  if (databaseUrl.startsWith('sqlite:')) return createSqlite(databaseUrl.slice('sqlite:'.length));
  return createPostgres(databaseUrl);
}

function createSqlite(filename: string): Database {
  if (filename !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
  const instance = knex({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    // SQLite serialises writers anyway; one connection avoids SQLITE_BUSY between our own
    // connections and keeps transactions strictly ordered.
    pool: {
      min: 1,
      max: 1,
      afterCreate: (connection: SqliteConnection, done: (error: Error | null) => void) => {
        connection.serialize(() => {
          connection.run('PRAGMA journal_mode = WAL');
          connection.run('PRAGMA synchronous = NORMAL');
          connection.run('PRAGMA foreign_keys = ON');
          connection.run('PRAGMA busy_timeout = 5000', (error) => done(error));
        });
      },
    },
  });
  return { knex: instance, dialect: 'sqlite', close: () => instance.destroy() };
}

type SqliteConnection = {
  serialize: (callback: () => void) => void;
  run: (sql: string, callback?: (error: Error | null) => void) => void;
};

function createPostgres(connectionString: string): Database {
  const instance = knex({
    client: 'pg',
    connection: connectionString,
    pool: { min: 0, max: 10 },
  });
  return { knex: instance, dialect: 'postgres', close: () => instance.destroy() };
}
