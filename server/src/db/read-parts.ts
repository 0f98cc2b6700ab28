import type { Knex } from 'knex';
import { keepPrepared } from './prepared-statements.ts';
import { dialectOf } from './search-index.ts';

/**
 * One SELECT a module's repository has built but not sent, so that independent reads of
 * several modules can reach the database together (`readTogether`, decision 0055). Only
 * repositories make one (`readPartOf`), with the function that reads its rows as they come
 * (`rowOf`: booleans, for example); services pass them on.
 */
export type ReadPart<Row> = {
  readonly sql: string;
  readonly bindings: readonly Knex.Value[];
  readonly rowOf: (row: Record<string, unknown>) => Row;
};

/** The statement a knex builder would send, as a part (placeholders `?`, as knex.raw reads). */
export function readPartOf<Row>(
  builder: Knex.QueryBuilder,
  rowOf: (row: Record<string, unknown>) => Row = (row) => row as Row,
): ReadPart<Row> {
  const { sql, bindings } = builder.toSQL();
  return { sql, bindings, rowOf };
}

export type RowsOf<Parts> = {
  -readonly [K in keyof Parts]: Parts[K] extends ReadPart<infer Row> ? Row[] : never;
};

/**
 * The rows of each part, in their order. On PostgreSQL ONE statement, one round trip: each
 * part's rows as a JSON array of objects (json_agg), so only columns whose JSON is what pg
 * would answer may be read this way: text, integers and BIGINT epoch milliseconds (numbers
 * either way, decision 0004), booleans; not NUMERIC, timestamps or json columns. On SQLite,
 * where a statement costs no round trip, each part on its own, all at once. Only for parts
 * whose SQL comes in a few shapes: the statement is kept prepared on PostgreSQL.
 */
export async function readTogether<const Parts extends readonly ReadPart<unknown>[]>(
  db: Knex,
  parts: Parts,
): Promise<RowsOf<Parts>> {
  if (dialectOf(db) === 'sqlite') {
    const answers = await Promise.all(
      parts.map(async (part) => {
        const rows: Record<string, unknown>[] = await db.raw(part.sql, [...part.bindings]);
        return rows.map(part.rowOf);
      }),
    );
    return answers as RowsOf<Parts>;
  }
  // Kept prepared (decision 0060): its planning cost several times its running, and its
  // callers' parts come in few shapes (the checkout's: one per count of shops in a basket).
  const result = await keepPrepared(
    db.raw<{ rows: Record<string, unknown>[] }>(
      `SELECT ${parts
        .map(
          (part, index) =>
            `(SELECT coalesce(json_agg(r${index}), '[]'::json) FROM (${part.sql}) AS r${index}) AS a${index}`,
        )
        .join(', ')}`,
      parts.flatMap((part) => [...part.bindings]),
    ),
  );
  const [answer] = result.rows;
  return parts.map((part, index) =>
    ((answer?.[`a${index}`] ?? []) as Record<string, unknown>[]).map(part.rowOf),
  ) as RowsOf<Parts>;
}
