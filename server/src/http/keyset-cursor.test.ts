import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { decodeCursor, encodeCursor } from './keyset-cursor.ts';

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const id = '0190a7c4-0000-7000-8000-000000000000';

function refusal(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'thrown';
  }
}

describe('keyset cursors', () => {
  it('give back what they were made from', () => {
    const cursor = { sort: 'created', key: 1_795_000_000_000, id } as const;
    expect(decodeCursor(encodeCursor(cursor), 'created')).toEqual(cursor);
    const score = { sort: 'relevance', key: -3.141593, id } as const;
    expect(decodeCursor(encodeCursor(score), 'relevance', 'score')).toEqual(score);
    expect(decodeCursor(undefined, 'newest')).toBeNull();
  });

  it('refuse a key that no BIGINT column holds as validation_failed', () => {
    for (const key of [1.5, 1e20, 1e308, -1e308, 2 ** 53, '1', null])
      expect(refusal(() => decodeCursor(raw(['newest', key, id]), 'newest'))).toBe(
        'validation_failed',
      );
  });

  it('refuse a score beyond what search ranks give, and any score where an integer belongs', () => {
    expect(refusal(() => decodeCursor(raw(['relevance', 1e308, id]), 'relevance', 'score'))).toBe(
      'validation_failed',
    );
    expect(refusal(() => decodeCursor(raw(['relevance', -0.25, id]), 'relevance'))).toBe(
      'validation_failed',
    );
  });

  it('refuse another sort, another shape, an id that is not ours and text that is not a cursor', () => {
    for (const value of [
      raw(['price_asc', 1, id]),
      raw({ sort: 'newest', key: 1, id }),
      raw(['newest', 1, id, 'more']),
      raw(['newest', 1, 'a\u0000b']),
      raw(['newest', 1, 'x'.repeat(37)]),
      '!!!',
      '',
    ])
      expect(refusal(() => decodeCursor(value, 'newest'))).toBe('validation_failed');
  });
});
