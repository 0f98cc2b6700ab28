import { describe, expect, it } from 'vitest';
import { addDays, datesBetween, swedishDateOf } from './calendar-dates.ts';

describe('calendar dates', () => {
  it('steps across a month, a year and the spring daylight-saving change', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
  });

  it('lists the days of a range with both ends, and nothing for a range turned around', () => {
    expect(datesBetween('2026-11-30', '2026-12-02')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(datesBetween('2026-12-02', '2026-11-30')).toEqual([]);
  });

  it('gives the Swedish day of an instant, which is already tomorrow at 23:30 UTC', () => {
    expect(swedishDateOf(Date.parse('2026-11-30T22:30:00Z'))).toBe('2026-11-30');
    expect(swedishDateOf(Date.parse('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });
});
