import { describe, expect, it } from 'vitest';
import { preparedStatementOptions } from './prepared-statements.ts';

describe('statements kept prepared on PostgreSQL', () => {
  it('names a marked statement after its text, the same name for the same text only', () => {
    const first = preparedStatementOptions('select 1 where a = $1', { keepPrepared: true });
    const again = preparedStatementOptions('select 1 where a = $1', { keepPrepared: true });
    const other = preparedStatementOptions('select 1 where b = $1', { keepPrepared: true });
    expect(first).toEqual(again);
    expect(first?.name).toMatch(/^kept_[A-Za-z0-9_-]{27}$/);
    expect(other?.name).not.toBe(first?.name);
    expect(first).not.toHaveProperty('keepPrepared');
  });

  it('leaves other statements unnamed, as knex sends them', () => {
    expect(preparedStatementOptions('select 1', undefined)).toBeUndefined();
    expect(preparedStatementOptions('select 1', { rowMode: 'array' })).toEqual({
      rowMode: 'array',
    });
  });
});
