import { describe, expect, it } from 'vitest';
import { monthsOf, periodProblems, presetPeriod, yearEarlier } from './statistics-periods.ts';

describe('statistics periods', () => {
  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('writes every year with four digits, as the dates it came from', () => {
    expect(monthsOf({ from: '0999-12-01', to: '1000-01-31' })).toEqual(['0999-12', '1000-01']);
    expect(yearEarlier('1000-02-29')).toBe('0999-02-28');
    expect(yearEarlier('2000-01-01')).toBe('1999-01-01');
    expect(presetPeriod('quarter', '0999-05-10')).toEqual({ from: '0999-04-01', to: '0999-06-30' });
    // Year 0 is a leap year; Date.UTC would have read it as 1900, which is not.
    expect(presetPeriod('month', '0000-02-10')).toEqual({ from: '0000-02-01', to: '0000-02-29' });
  });

  it('finds a period of more than ten years too long, also before year 1000', () => {
    expect(periodProblems({ from: '0001-01-01', to: '1000-12-31' }, '2026-12-07')).toEqual([
      { field: 'to', code: 'period_too_long', message: 'at most 10 years' },
    ]);
    expect(periodProblems({ from: '2016-01-01', to: '2025-12-31' }, '2026-12-07')).toEqual([]);
    expect(periodProblems({ from: '2016-01-01', to: '2026-01-01' }, '2026-12-07')).toHaveLength(1);
  });
});
