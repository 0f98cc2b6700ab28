/** The rows of a `knex.raw` result: an array on SQLite, `{ rows }` from pg. */
export function rawRows<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
}
