import { describe, expect, it } from 'vitest';
import { basisPointsToPercentText, percentToBasisPoints } from './percent.ts';

describe('percentToBasisPoints', () => {
  it('reads whole and decimal percentages with comma or point', () => {
    expect(percentToBasisPoints('0')).toBe(0);
    expect(percentToBasisPoints('2,5')).toBe(250);
    expect(percentToBasisPoints('2.5')).toBe(250);
    expect(percentToBasisPoints(' 0,29 % ')).toBe(29);
    expect(percentToBasisPoints('20')).toBe(2000);
  });

  it('refuses what is not a plain percentage', () => {
    for (const text of ['', 'två', '-1', '2,555', '1e2', '2,'])
      expect(percentToBasisPoints(text)).toBeNull();
  });

  it('shows basis points as percent in the reader’s language', () => {
    expect(basisPointsToPercentText(250, 'sv-SE')).toBe('2,5');
    expect(basisPointsToPercentText(250, 'en-GB')).toBe('2.5');
    expect(basisPointsToPercentText(1999, 'en-GB')).toBe('19.99');
  });
});
