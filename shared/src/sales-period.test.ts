import { describe, expect, it } from 'vitest';
import { salesPeriodProblem } from './sales-period.ts';

describe('a sales period as asked', () => {
  it('is refused upside down or longer than a year, and taken up to a year', () => {
    expect(salesPeriodProblem({ from: '2026-12-31', to: '2026-12-01' })).toBe('to_before_from');
    expect(salesPeriodProblem({ from: '2020-01-01', to: '2026-12-31' })).toBe('too_long');
    expect(salesPeriodProblem({ from: '2026-01-01', to: '2026-12-31' })).toBeNull();
    expect(salesPeriodProblem({ from: '2026-12-07', to: '2026-12-07' })).toBeNull();
  });
});
