import type { Knex } from 'knex';
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
};

/** What one part wrote: how many rows, and those rows' `returning` columns if it asked. */
export type PartResult = { count: number; rows: Record<string, unknown>[] };

/** The statement a knex builder would send, as a part (placeholders `?`, as knex.raw reads). */
export function partOf(builder: Knex.QueryBuilder): WritePart {
  const { sql, bindings } = builder.toSQL();
  return { sql, bindings };
}

/**
 * Sends the parts, in the caller's transaction, and answers how many rows each one wrote
 * (inserted, changed or deleted) and, when it asked, which, in their order.
 *
 * On PostgreSQL they are ONE statement, one round trip: each part a `WITH` of its own, and
 * the outer SELECT counting them one after the other, left to right; a part runs to its end
 * when it is counted, so the parts take their row locks in the order given (a checkout's
 * row before its basket's lines: decision 0052). Foreign keys are checked at the
 * statement's end, when every part has written.
 *
 * On SQLite, where a statement costs no round trip, each part is a statement of its own, all
 * sent at once (decision 0017): the one writer runs them in turn, and a grouped transaction
 * checks foreign keys at COMMIT.
 */
export async function sendParts(db: Knex, parts: readonly WritePart[]): Promise<PartResult[]> {
  if (parts.length === 0) return [];
  if (dialectOf(db) === 'sqlite') {
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
  const answers = parts.map((part, index) =>
    part.returning === undefined
      ? `(SELECT count(*) FROM w${index})::integer AS a${index}`
      : `(SELECT coalesce(json_agg(w${index}), '[]'::json) FROM w${index}) AS a${index}`,
  );
  const result: { rows: Record<string, unknown>[] } = await db.raw(
    `WITH ${parts.map((part, index) => `w${index} AS (${part.sql} RETURNING ${part.returning ?? '1'})`).join(', ')}
     SELECT ${answers.join(', ')}`,
    parts.flatMap((part) => [...part.bindings]),
  );
  const [answer] = result.rows;
  return parts.map((part, index) => {
    const value = answer?.[`a${index}`];
    if (part.returning === undefined) return { count: Number(value ?? 0), rows: [] };
    const rows = (value ?? []) as Record<string, unknown>[];
    return { count: rows.length, rows };
  });
}
