import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import { preparedStatementOptions } from './prepared-statements.ts';

/**
 * knex emits `query-response` for the queries of its builder, but not for the COMMIT or
 * ROLLBACK it sends itself to end a transaction. The moment a COMMIT has answered is the one
 * that matters to readers on other connections: before it, they still see the old rows; after
 * it, every new statement sees the transaction's writes. Our dialects emit `query-response`
 * for these too, so the write generation (write-generation.ts) can move exactly then.
 */
export function answerTransactionEnd<Result>(
  client: QueryEvents,
  /** knex marks a transaction's connection with the transaction's id. */
  connection: object,
  query: { sql: string },
  running: Promise<Result>,
): Promise<Result> {
  if (!isTransactionEnd(query.sql)) return running;
  return running.then((response) => {
    const { __knexTxId } = connection as { __knexTxId?: string };
    client.emit('query-response', response, { ...query, __knexTxId });
    return response;
  });
}

/** What a knex client is to its listeners: it emits `query`, `query-response`, … */
export type QueryEvents = { emit(event: string, ...args: unknown[]): boolean };

export function isTransactionEnd(sql: string): boolean {
  return /^\s*(commit|rollback)\b/i.test(sql);
}

type QueryObject = { sql: string; options?: Record<string, unknown> };
type KnexPostgresClient = QueryEvents & {
  config: object;
  _query(connection: object, obj: QueryObject): Promise<unknown>;
};

const require = createRequire(import.meta.url);

// The dialect class knex itself uses for `client: 'pg'` (see sqlite-statement-cache.ts for
// the same kind of extension on SQLite).
const KnexPostgres = require('knex/lib/dialects/postgres') as new (
  config: Knex.Config,
) => KnexPostgresClient;

/**
 * Something to finish after a statement has answered and before its caller goes on, e.g.
 * telling other app servers about a COMMIT (write-generation.ts). Called with the statement
 * and, inside a transaction, the transaction's id; undefined when there is nothing to wait for.
 */
export type AnswerHold = (query: { sql: string; __knexTxId?: string }) => Promise<void> | undefined;

/**
 * Each knex instance's holds, found through its config: knex makes a transaction's client
 * from the dialect's prototype and copies the config object, not other fields, into it.
 */
const holdsByConfig = new WeakMap<object, AnswerHold[]>();

/** knex's PostgreSQL dialect, telling when a transaction's COMMIT has answered. */
export class PostgresClientAnsweringCommits extends KnexPostgres {
  override _query(connection: object, obj: QueryObject): Promise<unknown> {
    // Statements marked by keepPrepared go to pg with a name (prepared-statements.ts).
    if (obj.options) obj.options = preparedStatementOptions(obj.sql, obj.options);
    const answered = answerTransactionEnd(this, connection, obj, super._query(connection, obj));
    const holds = holdsByConfig.get(this.config);
    if (!holds) return answered;
    return answered.then(async (response) => {
      const { __knexTxId } = connection as { __knexTxId?: string };
      for (const hold of holds) await hold({ sql: obj.sql, __knexTxId });
      return response;
    });
  }
}

/**
 * Makes every statement's caller on `knex` wait for `hold` after the statement answered.
 * False when the dialect cannot (not our PostgreSQL dialect).
 */
export function holdAnswers(knex: Knex, hold: AnswerHold): boolean {
  const client: unknown = knex.client;
  if (!(client instanceof PostgresClientAnsweringCommits)) return false;
  const holds = holdsByConfig.get(client.config) ?? [];
  holds.push(hold);
  holdsByConfig.set(client.config, holds);
  return true;
}
