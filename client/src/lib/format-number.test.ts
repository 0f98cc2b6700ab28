import { describe, expect, it } from 'vitest';
import { formatKilometres } from './format-number.ts';

describe('kilometres', () => {
  it('are written with a decimal comma in Swedish and a point in English', () => {
    expect(formatKilometres(739.44, 'sv')).toBe('739,4');
    expect(formatKilometres(739.44, 'en')).toBe('739.4');
  });

  it('keep one decimal for whole numbers and group thousands', () => {
    expect(formatKilometres(12, 'sv')).toBe('12,0');
    expect(formatKilometres(1234.5, 'en')).toBe('1,234.5');
  });
});
