import type { ProductSort } from '@e-galleria/shared/catalogue';
import { AppError } from '../errors.ts';

/**
 * Keyset position: the sort key of the last row shown and its id. Opaque to clients
 * (base64url JSON), and tied to the sort it came from so a cursor cannot be replayed under
 * another order.
 */
export type ListingCursor = { sort: ProductSort | 'updated' | 'created'; key: number; id: string };

export function encodeCursor(cursor: ListingCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');
}

/**
 * What a cursor's key may be: most sort keys are BIGINT columns (epoch ms, öre), which a
 * fraction or a number beyond 2^53 would make PostgreSQL refuse with an error, not a 400;
 * a relevance score is a rounded float (server/src/db/search-index.ts).
 */
export type CursorKeyKind = 'integer' | 'score';

/** Scores are small (bm25, ts_rank); anything this large was not made by us. */
const largestScore = 1e9;
// Our ids (uuid v7, and the seed's readable ids): nothing else is ever compared with them.
const idPattern = /^[A-Za-z0-9_-]{1,36}$/;

function isKeyOf(kind: CursorKeyKind, key: unknown): key is number {
  if (kind === 'integer') return Number.isSafeInteger(key);
  return typeof key === 'number' && Number.isFinite(key) && Math.abs(key) <= largestScore;
}

/**
 * The position a cursor names, null without one. Anything we did not make (another sort, a
 * key the column cannot hold, an id that is not one of ours, not base64url JSON at all) is
 * `validation_failed` (400) with the field `cursor`, on every listing that takes one.
 */
export function decodeCursor(
  value: string | undefined,
  sort: ListingCursor['sort'],
  keyKind: CursorKeyKind = 'integer',
): ListingCursor | null {
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed[0] === sort &&
      isKeyOf(keyKind, parsed[1]) &&
      typeof parsed[2] === 'string' &&
      idPattern.test(parsed[2])
    )
      return { sort, key: parsed[1], id: parsed[2] };
  } catch {
    // Falls through to the same answer as a well-formed cursor of another sort.
  }
  throw new AppError('validation_failed', 'The cursor is not valid for this list.', {
    fieldErrors: [
      { field: 'cursor', code: 'invalid_cursor', message: 'Start from the first page.' },
    ],
  });
}
