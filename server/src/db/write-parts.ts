import type { Knex } from 'knex';
import { keepPrepared } from './prepared-statements.ts';
import { dialectOf } from './search-index.ts';

/**
 * One INSERT, UPDATE or DELETE a module's repository has built but not sent, so that the
 * writes several modules make in one transaction can reach the database together
 * (`sendParts`, decision 0052). Only repositories make one (`partOf`); services pass them on.
 */
export type WritePart = {
  readonly sql: string;
  readonly bindings: readonly Knex.Value[];
  /** The columns to answer with (the statement's RETURNING list), when the count is not enough. */
  readonly returning?: string;
  /**
   * On PostgreSQL, the name later parts of the same statement read this part's RETURNING rows
   * by (a `WITH` part's name); unnamed parts are `w0`, `w1`, … by their place.
   */
  readonly name?: string;
  /**
   * Its SQL is the same whatever the number of rows it writes (the rows bound as one JSON
   * array or arrays, not a row of placeholders each): a statement of such parts only is kept
   * prepared on PostgreSQL (decision 0060).
   */
  readonly fixedText?: true;
};

/**
 * A refusal decided by the written rows: when `part` did not write exactly `rows` rows,
 * nothing of the parts is kept and `sendParts` throws `WriteRefused` with `refusal`.
 */
export type PartCheck = { readonly part: number; readonly rows: number; readonly refusal: string };

/** The first failed `PartCheck` of a `sendParts`: nothing of its parts was written. */
export class WriteRefused extends Error {
  readonly refusal: string;
  constructor(refusal: string) {
    super(`Write refused: ${refusal}`);
    this.name = 'WriteRefused';
    this.refusal = refusal;
  }
}

/**
 * The SQLSTATE of `refuse_write(refusal)`, the PostgreSQL function that fails a statement
 * (migration 20261206090000_create_refuse_write): the refusal is the error's DETAIL.
 */
const refusedState = 'EGR01';

/** What one part wrote: how many rows, and those rows' `returning` columns if it asked. */
export type PartResult = { count: number; rows: Record<string, unknown>[] };

/** The statement a knex builder would send, as a part (placeholders `?`, as knex.raw reads). */
export function partOf(builder: Knex.QueryBuilder): WritePart {
  const { sql, bindings } = builder.toSQL();
  return { sql, bindings };
}

/**
 * `partOf` for a builder whose text is the same whatever its values' number (its lists bound
 * as one array with `whereInList`): `fixedText` on PostgreSQL, where that holds.
 */
export function fixedTextPartOf(db: Knex, builder: Knex.QueryBuilder): WritePart {
  return dialectOf(db) === 'postgres' ? { ...partOf(builder), fixedText: true } : partOf(builder);
}

/**
 * A value JSON carries to a column as pg would bind it: text, finite numbers, booleans, null.
 * (JSON would turn NaN into null, where pg refuses it.)
 */
const isPlainValue = (value: unknown) =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * The INSERT of `rows` into `table` as a part. On PostgreSQL its text does not depend on how
 * many rows there are (`fixedText`): the rows go as one JSON array, which
 * `json_populate_recordset` turns into rows of the table's own column types (decision 0060).
 * Every row must have the same columns (a missing one would be NULL, not its default) and
 * plain values (text, integers, BIGINT epoch ms, booleans, null: not bytes or JSON columns);
 * otherwise, and on SQLite, the INSERT knex would build.
 */
export function insertPartOf(db: Knex, table: string, rows: readonly object[]): WritePart {
  const columns = Object.keys(rows[0] ?? {}).sort();
  const sameColumns = rows.every((row) => {
    const keys = Object.keys(row);
    return keys.length === columns.length && keys.every((key) => columns.includes(key));
  });
  if (
    dialectOf(db) === 'sqlite' ||
    columns.length === 0 ||
    !sameColumns ||
    !rows.every((row) => Object.values(row).every(isPlainValue))
  )
    return partOf(db(table).insert(rows));
  const list = columns.map((column) => `"${column}"`).join(', ');
  return {
    sql: `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", ?::json)`,
    bindings: [JSON.stringify(rows)],
    fixedText: true,
  };
}

/**
 * Sends the parts, in the caller's transaction, and answers how many rows each one wrote
 * (inserted, changed or deleted) and, when it asked, which, in their order.
 *
 * On PostgreSQL they are ONE statement, one round trip: each part a `WITH` of its own, and
 * the outer SELECT counting them one after the other, left to right; a part runs to its end
 * when it is counted, so the parts take their row locks in the order given (a checkout's
 * row before its basket's lines: decision 0052). Foreign keys are checked at the
 * statement's end, when every part has written. The `checks` are read in the same statement,
 * after the parts: a failed one makes the statement fail (`refuse_write`), so nothing of it
 * is written even outside a transaction (`Database.statementWrite`, decision 0055).
 *
 * On SQLite, where a statement costs no round trip, each part is a statement of its own, all
 * sent at once (decision 0017): the one writer runs them in turn, and a grouped transaction
 * checks foreign keys at COMMIT; a failed check throws, and the caller's transaction rolls
 * back what the parts wrote.
 */
export async function sendParts(
  db: Knex,
  parts: readonly WritePart[],
  /** Checked in their order: the first that fails is the refusal thrown. */
  checks: readonly PartCheck[] = [],
): Promise<PartResult[]> {
  if (parts.length === 0) return [];
  if (dialectOf(db) === 'sqlite') {
    const results = await sendEach(db, parts);
    const failed = checks.find((check) => results[check.part]?.count !== check.rows);
    if (failed) throw new WriteRefused(failed.refusal);
    return results;
  }
  const names = parts.map((part, index) => part.name ?? `w${index}`);
  const answers = parts.map((part, index) =>
    part.returning === undefined
      ? `(SELECT count(*) FROM ${names[index]})::integer AS a${index}`
      : `(SELECT coalesce(json_agg(${names[index]}), '[]'::json) FROM ${names[index]}) AS a${index}`,
  );
  // Read after every part's answer, so after every part has run: a wrong count fails the
  // whole statement, and with it every part (one statement is one transaction at least).
  // The counts are bound, so the text stays the same for any number of rows.
  const refusal =
    checks.length === 0
      ? ''
      : `, CASE ${checks
          .map(
            (check) =>
              `WHEN (SELECT count(*) FROM ${names[check.part]}) <> ?::integer THEN refuse_write(?::text)`,
          )
          .join(' ')} END AS refused`;
  const statement = db.raw<{ rows: Record<string, unknown>[] }>(
    `WITH ${parts.map((part, index) => `${names[index]} AS (${part.sql} RETURNING ${part.returning ?? '1'})`).join(', ')}
     SELECT ${answers.join(', ')}${refusal}`,
    [
      ...parts.flatMap((part) => [...part.bindings]),
      ...checks.flatMap((check) => [Math.trunc(check.rows), check.refusal]),
    ],
  );
  let result: { rows: Record<string, unknown>[] };
  try {
    // Planned once per connection when no part's text depends on its rows (decision 0060).
    result = await (parts.every((part) => part.fixedText) ? keepPrepared(statement) : statement);
  } catch (error) {
    const { code, detail } = error as { code?: unknown; detail?: unknown };
    if (code === refusedState && typeof detail === 'string') throw new WriteRefused(detail);
    throw error;
  }
  const [answer] = result.rows;
  return parts.map((part, index) => {
    const value = answer?.[`a${index}`];
    if (part.returning === undefined) return { count: Number(value ?? 0), rows: [] };
    const rows = (value ?? []) as Record<string, unknown>[];
    return { count: rows.length, rows };
  });
}

/** SQLite: each part a statement of its own, all sent to the writer at once (decision 0017). */
async function sendEach(db: Knex, parts: readonly WritePart[]): Promise<PartResult[]> {
  const outcomes = await Promise.allSettled(
    parts.map(async (part): Promise<PartResult> => {
      const rows: Record<string, unknown>[] = await db.raw(
        `${part.sql} returning ${part.returning ?? '1'}`,
        [...part.bindings],
      );
      return { count: rows.length, rows: part.returning === undefined ? [] : rows };
    }),
  );
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes.map((outcome) =>
    outcome.status === 'fulfilled' ? outcome.value : { count: 0, rows: [] },
  );
}
