import { describe, expect, it } from 'vitest';
import { firstOverlapping, periodCovers, periodsOverlap } from './validity-periods.ts';

const year2027 = { validFrom: '2027-01-01', validTo: '2027-12-31' };

describe('periodsOverlap', () => {
  it('sees a period inside, across either end of, or around another', () => {
    expect(periodsOverlap(year2027, { validFrom: '2027-03-01', validTo: '2027-03-31' })).toBe(true);
    expect(periodsOverlap(year2027, { validFrom: '2026-06-01', validTo: '2027-01-31' })).toBe(true);
    expect(periodsOverlap(year2027, { validFrom: '2027-12-01', validTo: '2028-06-30' })).toBe(true);
    expect(periodsOverlap(year2027, { validFrom: '2026-01-01', validTo: '2028-12-31' })).toBe(true);
  });

  it('counts a shared last and first day as an overlap, the next day as none', () => {
    expect(periodsOverlap(year2027, { validFrom: '2027-12-31', validTo: '2028-12-31' })).toBe(true);
    expect(periodsOverlap(year2027, { validFrom: '2028-01-01', validTo: '2028-12-31' })).toBe(
      false,
    );
    expect(periodsOverlap({ validFrom: '2026-01-01', validTo: '2026-12-31' }, year2027)).toBe(
      false,
    );
  });

  it('lets an open-ended period run forever', () => {
    expect(periodsOverlap(year2027, { validFrom: '2040-01-01', validTo: null })).toBe(false);
    expect(periodsOverlap({ validFrom: '2000-01-01', validTo: null }, year2027)).toBe(true);
    expect(periodsOverlap({ validFrom: '2027-12-31', validTo: null }, year2027)).toBe(true);
    // Two open-ended periods always meet, however far apart they start.
    expect(
      periodsOverlap(
        { validFrom: '2026-01-01', validTo: null },
        { validFrom: '2099-01-01', validTo: null },
      ),
    ).toBe(true);
  });

  it('is the same whichever period comes first', () => {
    const periods = [
      year2027,
      { validFrom: '2027-12-31', validTo: null },
      { validFrom: '2028-01-01', validTo: null },
      { validFrom: '2026-01-01', validTo: '2026-12-31' },
      { validFrom: '2027-06-15', validTo: '2027-06-15' },
    ];
    for (const a of periods)
      for (const b of periods) expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
  });
});

describe('firstOverlapping', () => {
  it('finds the first clashing period among others, or none', () => {
    const others = [
      { id: 'a', validFrom: '2025-01-01', validTo: '2025-12-31' },
      { id: 'b', validFrom: '2027-06-01', validTo: null },
      { id: 'c', validFrom: '2027-01-01', validTo: '2027-01-31' },
    ];
    expect(firstOverlapping(year2027, others)?.id).toBe('b');
    expect(firstOverlapping({ validFrom: '2026-01-01', validTo: '2026-12-31' }, others)).toBeNull();
  });
});

describe('periodCovers', () => {
  it('covers its first and last day, and every day after an open start', () => {
    expect(periodCovers(year2027, '2027-01-01')).toBe(true);
    expect(periodCovers(year2027, '2027-12-31')).toBe(true);
    expect(periodCovers(year2027, '2028-01-01')).toBe(false);
    expect(periodCovers(year2027, '2026-12-31')).toBe(false);
    expect(periodCovers({ validFrom: '2027-01-01', validTo: null }, '2099-12-31')).toBe(true);
  });
});
