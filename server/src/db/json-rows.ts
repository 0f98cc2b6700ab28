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
    if (!/^[a-z_]+$/.test(key)) throw new Error(`Not a column name: ${key}`);
    return `'${key}', ${expression}`;
  });
  return `${dialect === 'postgres' ? 'json_build_object' : 'json_object'}(${pairs.join(', ')})`;
}

/** The object of a `jsonObjectSql` column: text on SQLite, already parsed by pg. */
export function readJsonObject(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
