import { describe, expect, test } from 'vitest';
import { readableTextColor, relativeLuminance } from './readable-text-color.ts';

function contrast(first: string, second: string): number {
  const [darker, lighter] = [relativeLuminance(first), relativeLuminance(second)].sort(
    (a, b) => a - b,
  );
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

describe('readableTextColor', () => {
  test('puts white on dark colours and black on light ones', () => {
    expect(readableTextColor('#1d4f91')).toBe('#ffffff');
    expect(readableTextColor('#7a1f3d')).toBe('#ffffff');
    expect(readableTextColor('#ffdd00')).toBe('#000000');
    expect(readableTextColor('#f0f0f0')).toBe('#000000');
  });

  test.each(['#1d4f91', '#7a1f3d', '#ffdd00', '#808080', '#00a000', '#ff0000', '#777777'])(
    'reaches the 4.5:1 of WCAG 1.4.3 on %s',
    (background) => {
      expect(contrast(background, readableTextColor(background))).toBeGreaterThanOrEqual(4.5);
    },
  );
});
