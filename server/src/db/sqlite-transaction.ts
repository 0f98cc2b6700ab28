import { createRequire } from 'node:module';
import type sqlite3 from 'sqlite3';

const require = createRequire(import.meta.url);

type KnexTransactionInternals = {
  trxClient: { query(connection: sqlite3.Database, sql: string): Promise<unknown> };
  _completed: boolean;
  _resolver(value: unknown): void;
  _rejecter(error: unknown): void;
};

// The transaction class knex's own SQLite dialect uses.
const KnexSqliteTransaction =
  require('knex/lib/dialects/sqlite3/execution/sqlite-transaction') as new (
    ...args: unknown[]
  ) => KnexTransactionInternals;

/**
 * knex's SQLite transaction, except that a COMMIT SQLite refuses is rolled back.
 *
 * SQLite keeps a transaction open when its COMMIT fails (a foreign key checked at COMMIT that
 * is still violated), and knex hands the connection back to the pool as it is. With one
 * writer, every later transaction would then fail with "cannot start a transaction within a
 * transaction", and every later write would join the broken one.
 */
export class SqliteTransaction extends KnexSqliteTransaction {
  commit(connection: sqlite3.Database, value: unknown): Promise<void> {
    const committed = this.trxClient.query(connection, 'COMMIT;');
    // As knex's own commit: complete at once, so no later query joins the transaction.
    this._completed = true;
    return committed.then(
      () => this._resolver(value),
      async (error: unknown) => {
        // On the connection itself: knex refuses queries of a completed transaction. Fails
        // harmlessly ("no transaction is active") if SQLite rolled back by itself.
        await new Promise<void>((resolve) => connection.exec('ROLLBACK', () => resolve()));
        this._rejecter(error);
      },
    );
  }
}
