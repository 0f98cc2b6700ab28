import type { Dialect } from './database.ts';

/**
 * A row of many columns answered as one JSON object (decision 0053). node-sqlite3 builds a
 * JavaScript object property by property through N-API, which for a listing page of 25 rows
 * of 21 columns cost more of the event loop than the query itself; one text column per row
 * and `JSON.parse` cost a third of that. PostgreSQL's `json_build_object` does the same, and
 * pg parses `json` columns itself. `columns` maps each key to a trusted SQL expression (never
 * input: keys and expressions are written into the SQL).
 */
export function jsonObjectSql(dialect: Dialect, columns: Readonly<Record<string, string>>) {
  const pairs = Object.entries(columns).map(([key, expression]) => {
    if (!/^[a-zA-Z_]+$/.test(key)) throw new Error(`Not a column name: ${key}`);
    return `'${key}', ${expression}`;
  });
  return `${dialect === 'postgres' ? 'json_build_object' : 'json_object'}(${pairs.join(', ')})`;
}

/** The object of a `jsonObjectSql` column: text on SQLite, already parsed by pg. */
export function readJsonObject(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** A JSON true or false of a boolean SQL expression (SQLite's booleans are 0 and 1). */
export function jsonBoolean(dialect: Dialect, expression: string): string {
  return dialect === 'postgres'
    ? `(${expression})`
    : `iif(${expression}, json('true'), json('false'))`;
}

/**
 * The instant of an epoch-millisecond column as `Date.prototype.toISOString` writes it
 * (`2026-12-07T04:26:28.007Z`), or null; in whole milliseconds, with no rounding on the way.
 */
export function isoInstantSql(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `to_char(timestamp 'epoch' + ${column} * interval '1 millisecond', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : `strftime('%Y-%m-%dT%H:%M:%S.', ${column} / 1000, 'unixepoch') || substr('00' || (${column} % 1000), -3) || 'Z'`;
}
