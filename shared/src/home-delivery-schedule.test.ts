import { describe, expect, it } from 'vitest';
import { upcomingHomeDeliveries } from './home-delivery-schedule.ts';
import type { ScheduledDelivery } from './pickup-schedule.ts';
import type { OpeningHours } from './shops.ts';

// March 2027: Monday 1, Tuesday 2, … Friday 5; Stockholm is UTC+1 until the 28th.
const at = (iso: string) => new Date(iso).getTime();
const shopHours: OpeningHours = {
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
  exceptions: [],
};
// Laisvall: Tuesdays and Fridays, orders by noon the day before.
const laisvall: ScheduledDelivery[] = [
  { weekday: 2, cutoffWeekday: 1, cutoffTime: '12:00' },
  { weekday: 5, cutoffWeekday: 4, cutoffTime: '12:00' },
];
const days = (now: string, extraCutoffHours = 0, hours = shopHours) =>
  upcomingHomeDeliveries(
    { now: at(now), routeDays: laisvall, shopHours: hours, extraCutoffHours },
    2,
  );

describe('home-delivery route days', () => {
  it('gives the next route days with the cut-off of each', () => {
    expect(days('2027-03-01T10:00:00+01:00')).toEqual([
      { date: '2027-03-02', orderBy: at('2027-03-01T12:00:00+01:00') },
      { date: '2027-03-05', orderBy: at('2027-03-04T12:00:00+01:00') },
    ]);
  });

  it('moves every cut-off earlier by the shop’s own hours, and skips the days it has passed', () => {
    expect(days('2027-03-01T09:59:00+01:00', 2)[0]).toEqual({
      date: '2027-03-02',
      orderBy: at('2027-03-01T10:00:00+01:00'),
    });
    expect(days('2027-03-01T10:00:00+01:00', 2)[0]).toEqual({
      date: '2027-03-05',
      orderBy: at('2027-03-04T10:00:00+01:00'),
    });
    // A day's margin that crosses midnight: Thursday noon less 24 h is Wednesday noon.
    expect(days('2027-03-03T11:00:00+01:00', 24)[0]?.date).toBe('2027-03-05');
    expect(days('2027-03-03T13:00:00+01:00', 24)[0]?.date).toBe('2027-03-09');
  });

  it('moves a cut-off on the shop’s holiday back to its previous open day', () => {
    const closedMonday: OpeningHours = {
      ...shopHours,
      exceptions: [{ date: '2027-03-01', closed: true, intervals: [], note: 'Helgdag' }],
    };
    // Closed on Monday and not open at weekends: Tuesday's orders close on Friday.
    expect(days('2027-02-26T11:00:00+01:00', 0, closedMonday)[0]).toEqual({
      date: '2027-03-02',
      orderBy: at('2027-02-26T12:00:00+01:00'),
    });
    expect(days('2027-02-26T13:00:00+01:00', 0, closedMonday)[0]?.date).toBe('2027-03-05');
  });

  it('keeps the cut-off at the same local time across the change to summer time', () => {
    // Summer time starts on Sunday 28 March 2027: Tuesday the 30th closes Monday noon, UTC+2.
    expect(days('2027-03-29T09:00:00+02:00')[0]).toEqual({
      date: '2027-03-30',
      orderBy: at('2027-03-29T12:00:00+02:00'),
    });
  });

  it('has nothing to offer without route days', () => {
    expect(
      upcomingHomeDeliveries(
        { now: at('2027-03-01T10:00:00+01:00'), routeDays: [], shopHours, extraCutoffHours: 0 },
        3,
      ),
    ).toEqual([]);
  });
});
