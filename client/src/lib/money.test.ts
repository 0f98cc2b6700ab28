import { describe, expect, test } from 'vitest';
import { formatOre, oreToKronorText, parseKronorToOre } from './money.ts';

describe('money in the view', () => {
  test('öre are shown as Swedish kronor with two decimals', () => {
    expect(formatOre(4990).replace(/\s/g, ' ')).toBe('49,90 kr');
    expect(formatOre(129900).replace(/\s/g, ' ')).toBe('1 299,00 kr');
  });

  test('kronor typed with comma, point, spaces or a currency suffix become whole öre', () => {
    expect(parseKronorToOre('49,90')).toBe(4990);
    expect(parseKronorToOre('49.9')).toBe(4990);
    expect(parseKronorToOre('1 299 kr')).toBe(129900);
    expect(parseKronorToOre('12')).toBe(1200);
  });

  test('text that is not a price is refused instead of guessed', () => {
    expect(parseKronorToOre('')).toBeNull();
    expect(parseKronorToOre('12,505')).toBeNull();
    expect(parseKronorToOre('-5')).toBeNull();
    expect(parseKronorToOre('tolv')).toBeNull();
  });

  test('a price is shown for editing without needless decimals', () => {
    expect(oreToKronorText(1250)).toBe('12,50');
    expect(oreToKronorText(1200)).toBe('12');
    expect(oreToKronorText(5)).toBe('0,05');
  });
});
