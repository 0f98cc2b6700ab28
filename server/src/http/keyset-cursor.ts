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

export function decodeCursor(
  value: string | undefined,
  sort: ListingCursor['sort'],
): ListingCursor | null {
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed[0] === sort &&
      typeof parsed[1] === 'number' &&
      Number.isFinite(parsed[1]) &&
      typeof parsed[2] === 'string' &&
      parsed[2].length <= 36
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
