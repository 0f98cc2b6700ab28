import { describe, expect, it } from 'vitest';
import { formatPostalCode } from './paths.ts';

describe('a postal code as Swedish addresses write it', () => {
  it('puts the space after the third digit, and leaves anything else as it is', () => {
    expect(formatPostalCode('93093')).toBe('930 93');
    expect(formatPostalCode('930 93')).toBe('930 93');
    expect(formatPostalCode('N-8000')).toBe('N-8000');
  });
});
