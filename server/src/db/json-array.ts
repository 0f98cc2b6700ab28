import type { Dialect } from './database.ts';

/**
 * A JSON array column read as rows in a query (decision 0043): `join` is the FROM-clause part
 * that turns each element of `column` into a row of `alias`, and `field` reads one key of that
 * element as text or as an integer. SQLite's `json_each` and PostgreSQL's
 * `json_array_elements` differ only here.
 */
export function jsonArrayRows(dialect: Dialect, column: string, alias: string) {
  const join =
    dialect === 'postgres'
      ? `CROSS JOIN LATERAL json_array_elements(CAST(${column} AS json)) AS ${alias}(value)`
      : `CROSS JOIN json_each(${column}) AS ${alias}`;
  const text = (key: string) =>
    dialect === 'postgres'
      ? `(${alias}.value ->> '${key}')`
      : `json_extract(${alias}.value, '$.${key}')`;
  return {
    join,
    text,
    integer: (key: string) => `CAST(${text(key)} AS INTEGER)`,
  };
}
