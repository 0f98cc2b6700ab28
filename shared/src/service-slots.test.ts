import { describe, expect, it } from 'vitest';
import { listSlots, stockholmInstant } from './service-slots.ts';

describe('service slots', () => {
  it('converts Swedish local time to UTC in winter and summer', () => {
    expect(new Date(stockholmInstant('2026-12-01', 9 * 60)).toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    expect(new Date(stockholmInstant('2026-07-01', 9 * 60)).toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
  });

  it('keeps the wall-clock time on the days the clocks change', () => {
    // 2027-03-28: 02:00 becomes 03:00; 2027-10-31: 03:00 becomes 02:00.
    expect(new Date(stockholmInstant('2027-03-28', 9 * 60)).toISOString()).toBe(
      '2027-03-28T07:00:00.000Z',
    );
    expect(new Date(stockholmInstant('2027-10-31', 9 * 60)).toISOString()).toBe(
      '2027-10-31T08:00:00.000Z',
    );
    // 02:30 does not exist in spring: it is 03:30 summer time, as the clocks move.
    expect(new Date(stockholmInstant('2027-03-28', 150)).toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
    expect(new Date(stockholmInstant('2027-03-28', 24 * 60)).toISOString()).toBe(
      '2027-03-28T22:00:00.000Z',
    );
  });

  it('cuts weekly intervals into slots, honours exceptions and skips slots that have begun', () => {
    const slots = listSlots({
      availability: {
        // Tuesdays 09:00–10:30; 2026-12-08 (a Tuesday) is closed.
        weekly: [{ weekday: 2, start: '09:00', end: '10:30' }],
        exceptions: [{ date: '2026-12-08', intervals: [] }],
      },
      durationMinutes: 45,
      capacity: 2,
      fromDate: '2026-12-01',
      days: 15,
      limit: 10,
      now: Date.parse('2026-12-01T08:10:00Z'),
    });
    expect(slots.map((slot) => slot.startsAt)).toEqual([
      '2026-12-01T08:45:00.000Z',
      '2026-12-15T08:00:00.000Z',
      '2026-12-15T08:45:00.000Z',
    ]);
  });
});
