import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { dialectOf } from './search-index.ts';

/**
 * Marks a hot statement whose SQL text repeats (a listing page of a given shape, a basket's
 * lines, an account's roles) to be kept prepared on PostgreSQL (decisions 0053, 0060). knex
 * sends unnamed statements, which PostgreSQL parses and plans on every run: for a listing's
 * seven-table join that was 2–5 ms of planning beside 0.5 ms of execution, for the checkout's
 * read of the basket 1.7 ms beside 0.2 ms. A named statement is parsed once per connection,
 * and after five runs PostgreSQL may keep a generic plan.
 *
 * - Only for statements whose text comes from a small set of shapes: pg keeps every name it
 *   prepared for the connection's life.
 * - Only for statements that name their columns, never `*`: a kept statement whose columns a
 *   migration changes fails with "cached plan must not change result type" on the servers
 *   still running while it is applied.
 *
 * On SQLite every statement is kept prepared anyway (sqlite-statement-cache.ts), so this
 * changes nothing there.
 */
export function keepPrepared<Query extends Knex.QueryBuilder | Knex.Raw>(query: Query): Query {
  return query.options({ [keepPreparedOption]: true }) as Query;
}

const keepPreparedOption = 'keepPrepared';

/** The driver options of a statement `keepPrepared` marked: its name, from its text. */
export function preparedStatementOptions(
  sql: string,
  options: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!options?.[keepPreparedOption]) return options;
  const { [keepPreparedOption]: _marked, ...rest } = options;
  return { ...rest, name: `kept_${createHash('sha1').update(sql).digest('base64url')}` };
}

/**
 * `column IN (values)` in one text for any number of values on PostgreSQL (`= ANY (?)`, the
 * values bound as one array), so that a statement kept prepared stays one statement; knex's
 * `IN (?, ?, …)` on SQLite, where every text is kept prepared anyway.
 */
export function whereInList(
  db: Knex,
  query: Knex.QueryBuilder,
  column: string,
  values: readonly string[],
): Knex.QueryBuilder {
  return dialectOf(db) === 'postgres'
    ? query.whereRaw('?? = any(?)', [column, [...values]])
    : query.whereIn(column, values);
}
