import type { Knex } from 'knex';

/** One month of a period as instants: [start, end), both epoch ms of Swedish midnights. */
export type MonthBucket = { month: string; start: number; end: number };

/**
 * A period's months as a common table expression `buckets(month, start_ms, end_ms)`, so a
 * query groups rows by Swedish month in the database on SQLite and PostgreSQL alike (SQLite
 * has no time zones; the instants are computed in JavaScript, decision 0038). The casts give
 * PostgreSQL the types of the bound values.
 */
export function monthBucketsCte(buckets: readonly MonthBucket[]): {
  sql: string;
  bindings: Knex.Value[];
} {
  if (buckets.length === 0) throw new RangeError('A period has at least one month.');
  const rows = buckets
    .map(() => '(CAST(? AS VARCHAR(7)), CAST(? AS BIGINT), CAST(? AS BIGINT))')
    .join(', ');
  return {
    sql: `buckets (month, start_ms, end_ms) AS (VALUES ${rows})`,
    bindings: buckets.flatMap((bucket) => [bucket.month, bucket.start, bucket.end]),
  };
}

/**
 * The Swedish month of an instant column as an expression, `CASE WHEN col < end THEN month …
 * END`, for rows already limited to the period (decision 0045): each row is placed by a few
 * comparisons instead of being joined with the month table, which costs SQLite a loop per row.
 */
export function monthOfSql(
  column: string,
  buckets: readonly MonthBucket[],
): { sql: string; bindings: Knex.Value[] } {
  if (buckets.length === 0) throw new RangeError('A period has at least one month.');
  return {
    sql: `CASE ${buckets
      .map(() => `WHEN ${column} < CAST(? AS BIGINT) THEN CAST(? AS VARCHAR(7))`)
      .join(' ')} END`,
    bindings: buckets.flatMap((bucket) => [bucket.end, bucket.month]),
  };
}
