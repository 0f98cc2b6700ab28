import { describe, expect, it } from 'vitest';
import { retentionCutoff } from './order-retention.ts';

describe('the retention cutoff', () => {
  it('is the Swedish New Year seven years before the current year', () => {
    expect(retentionCutoff(Date.parse('2026-12-06T12:00:00Z'))).toEqual({
      date: '2019-01-01',
      instant: Date.parse('2019-01-01T00:00:00+01:00'),
    });
  });

  it('moves on at midnight in Sweden, an hour before it does in UTC', () => {
    expect(retentionCutoff(Date.parse('2026-12-31T22:59:59Z')).date).toBe('2019-01-01');
    expect(retentionCutoff(Date.parse('2026-12-31T23:00:00Z')).date).toBe('2020-01-01');
  });
});
