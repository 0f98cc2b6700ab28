import { describe, expect, it } from 'vitest';
import { readBooleans } from './booleans.ts';

describe('readBooleans', () => {
  const read = readBooleans<{ id: string; isOpen: boolean; count: number }>('isOpen');

  it('turns SQLite 0 and 1 into false and true in the named columns only', () => {
    expect(read({ id: 'a', isOpen: 1 as unknown as boolean, count: 1 })).toEqual({
      id: 'a',
      isOpen: true,
      count: 1,
    });
    expect(read({ id: 'b', isOpen: 0 as unknown as boolean, count: 0 })).toEqual({
      id: 'b',
      isOpen: false,
      count: 0,
    });
  });

  it('leaves PostgreSQL booleans as they are', () => {
    expect(read({ id: 'c', isOpen: false, count: 2 })).toEqual({
      id: 'c',
      isOpen: false,
      count: 2,
    });
  });
});
