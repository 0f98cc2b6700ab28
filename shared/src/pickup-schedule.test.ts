import { describe, expect, it } from 'vitest';
import {
  earliestServicePointPickup,
  earliestShopPickup,
  upcomingServicePointPickups,
  type ScheduledDelivery,
} from './pickup-schedule.ts';
import type { OpeningHours } from './shops.ts';

// November 2026: Monday 23, Tuesday 24, … Sunday 29, Monday 30; Stockholm is UTC+1.
const at = (iso: string) => new Date(iso).getTime();

const weekdays = (opens: string, closes: string, days: number[]) =>
  days.map((weekday) => ({ weekday, opens, closes }));
const shopHours: OpeningHours = {
  weekly: [...weekdays('09:00', '18:00', [1, 2, 3, 4, 5]), ...weekdays('10:00', '14:00', [6])],
  exceptions: [],
};
const servicePointHours: OpeningHours = {
  weekly: [...weekdays('10:00', '18:00', [1, 2, 3, 4, 5]), ...weekdays('10:00', '14:00', [6])],
  exceptions: [],
};
const closedOn = (hours: OpeningHours, ...dates: string[]): OpeningHours => ({
  ...hours,
  exceptions: dates.map((date) => ({ date, closed: true, intervals: [], note: 'Helgdag' })),
});

const thursdayByTuesday: ScheduledDelivery = { weekday: 4, cutoffWeekday: 2, cutoffTime: '18:00' };
const mondayByFriday: ScheduledDelivery = { weekday: 1, cutoffWeekday: 5, cutoffTime: '12:00' };
const twiceAWeek = [thursdayByTuesday, mondayByFriday];

const pickup = (
  now: string,
  overrides: Partial<Parameters<typeof earliestServicePointPickup>[0]>,
) =>
  earliestServicePointPickup({
    now: at(now),
    deliveries: twiceAWeek,
    shopHours,
    servicePointHours,
    ...overrides,
  });

describe('earliestServicePointPickup', () => {
  it('collects on Thursday when ordered before Tuesday’s cut-off', () => {
    expect(pickup('2026-11-23T11:00:00Z', {})).toEqual({
      date: '2026-11-26',
      orderBy: at('2026-11-24T17:00:00Z'),
    });
  });

  it('still makes Thursday one minute before the cut-off', () => {
    expect(pickup('2026-11-24T16:59:00Z', {})?.date).toBe('2026-11-26');
  });

  it('moves to the next delivery, Monday, once Tuesday’s cut-off has passed', () => {
    expect(pickup('2026-11-24T17:00:00Z', {})).toEqual({
      date: '2026-11-30',
      orderBy: at('2026-11-27T11:00:00Z'),
    });
  });

  it('after Friday’s cut-off waits for the next Thursday', () => {
    expect(pickup('2026-11-27T11:00:00Z', {})).toEqual({
      date: '2026-12-03',
      orderBy: at('2026-12-01T17:00:00Z'),
    });
  });

  it('accepts a cut-off on the delivery day itself', () => {
    const sameDay: ScheduledDelivery[] = [{ weekday: 4, cutoffWeekday: 4, cutoffTime: '09:00' }];
    expect(pickup('2026-11-26T07:30:00Z', { deliveries: sameDay })).toEqual({
      date: '2026-11-26',
      orderBy: at('2026-11-26T08:00:00Z'),
    });
    expect(pickup('2026-11-26T08:00:00Z', { deliveries: sameDay })?.date).toBe('2026-12-03');
  });

  it('moves the cut-off to the shop’s previous open day when the shop has a holiday then', () => {
    const holidayTuesday = closedOn(shopHours, '2026-11-24');
    expect(pickup('2026-11-23T11:00:00Z', { shopHours: holidayTuesday })).toEqual({
      date: '2026-11-26',
      orderBy: at('2026-11-23T17:00:00Z'),
    });
    expect(pickup('2026-11-23T17:00:00Z', { shopHours: holidayTuesday })?.date).toBe('2026-11-30');
  });

  it('skips days the shop is closed anyway when it looks for the previous open day', () => {
    // A Monday holiday before a Wednesday delivery: Sunday is closed, so Saturday it is.
    const wednesdayByMonday: ScheduledDelivery[] = [
      { weekday: 3, cutoffWeekday: 1, cutoffTime: '12:00' },
    ];
    expect(
      pickup('2026-11-27T11:00:00Z', {
        deliveries: wednesdayByMonday,
        shopHours: closedOn(shopHours, '2026-11-30'),
      }),
    ).toEqual({ date: '2026-12-02', orderBy: at('2026-11-28T11:00:00Z') });
  });

  it('lets residents keep ordering on a weekday the shop is merely closed', () => {
    const tuesdayBySunday: ScheduledDelivery[] = [
      { weekday: 2, cutoffWeekday: 7, cutoffTime: '20:00' },
    ];
    expect(pickup('2026-11-29T18:00:00Z', { deliveries: tuesdayBySunday })).toEqual({
      date: '2026-12-01',
      orderBy: at('2026-11-29T19:00:00Z'),
    });
  });

  it('collects on the service point’s next open day when it is closed on the delivery day', () => {
    expect(
      pickup('2026-11-23T11:00:00Z', {
        servicePointHours: closedOn(servicePointHours, '2026-11-26'),
      }),
    ).toEqual({ date: '2026-11-27', orderBy: at('2026-11-24T17:00:00Z') });
  });

  it('treats a weekday without service point hours as closed', () => {
    const saturdayByThursday: ScheduledDelivery[] = [
      { weekday: 6, cutoffWeekday: 4, cutoffTime: '18:00' },
    ];
    const weekdaysOnly: OpeningHours = {
      weekly: weekdays('10:00', '18:00', [1, 2, 3, 4, 5]),
      exceptions: [],
    };
    expect(
      pickup('2026-11-23T11:00:00Z', {
        deliveries: saturdayByThursday,
        servicePointHours: weekdaysOnly,
      }),
    ).toEqual({ date: '2026-11-30', orderBy: at('2026-11-26T17:00:00Z') });
  });

  it('gives the later cut-off when two deliveries land on the same collection day', () => {
    const wednesdayByMonday: ScheduledDelivery = {
      weekday: 3,
      cutoffWeekday: 1,
      cutoffTime: '12:00',
    };
    expect(
      pickup('2026-11-23T10:00:00Z', {
        deliveries: [wednesdayByMonday, thursdayByTuesday],
        servicePointHours: closedOn(servicePointHours, '2026-11-25'),
      }),
    ).toEqual({ date: '2026-11-26', orderBy: at('2026-11-24T17:00:00Z') });
  });

  it('reads cut-offs in summer time after the March change', () => {
    // Clocks go forward on Sunday 29 March 2026: 18:00 that evening is 16:00 UTC.
    const tuesdayBySunday: ScheduledDelivery[] = [
      { weekday: 2, cutoffWeekday: 7, cutoffTime: '18:00' },
    ];
    expect(pickup('2026-03-28T11:00:00Z', { deliveries: tuesdayBySunday })).toEqual({
      date: '2026-03-31',
      orderBy: at('2026-03-29T16:00:00Z'),
    });
    // 02:30 does not exist that night; the cut-off is when clocks show 03:30.
    const inTheGap: ScheduledDelivery[] = [{ weekday: 2, cutoffWeekday: 7, cutoffTime: '02:30' }];
    expect(pickup('2026-03-28T11:00:00Z', { deliveries: inTheGap })?.orderBy).toBe(
      at('2026-03-29T01:30:00Z'),
    );
  });

  it('reads cut-offs in winter time after the October change', () => {
    // Clocks go back on Sunday 25 October 2026: 18:00 that evening is 17:00 UTC.
    const tuesdayBySunday: ScheduledDelivery[] = [
      { weekday: 2, cutoffWeekday: 7, cutoffTime: '18:00' },
    ];
    expect(pickup('2026-10-24T10:00:00Z', { deliveries: tuesdayBySunday })).toEqual({
      date: '2026-10-27',
      orderBy: at('2026-10-25T17:00:00Z'),
    });
    // 02:30 happens twice that night; the cut-off is the first, still in summer time.
    const twice: ScheduledDelivery[] = [{ weekday: 2, cutoffWeekday: 7, cutoffTime: '02:30' }];
    expect(pickup('2026-10-24T10:00:00Z', { deliveries: twice })?.orderBy).toBe(
      at('2026-10-25T00:30:00Z'),
    );
  });

  it('takes today from the Swedish calendar, not from UTC', () => {
    // 23:30 UTC on Wednesday is already Thursday 00:30 in Stockholm.
    const sameDay: ScheduledDelivery[] = [{ weekday: 4, cutoffWeekday: 4, cutoffTime: '09:00' }];
    expect(pickup('2026-11-25T23:30:00Z', { deliveries: sameDay })?.date).toBe('2026-11-26');
  });

  it('returns null without deliveries', () => {
    expect(pickup('2026-11-23T11:00:00Z', { deliveries: [] })).toBeNull();
  });

  it('returns null when the service point is never open', () => {
    expect(
      pickup('2026-11-23T11:00:00Z', { servicePointHours: { weekly: [], exceptions: [] } }),
    ).toBeNull();
  });

  it('lists the next dates in order for the schedule preview', () => {
    const upcoming = upcomingServicePointPickups(
      { now: at('2026-11-23T11:00:00Z'), deliveries: twiceAWeek, shopHours, servicePointHours },
      3,
    );
    expect(upcoming.map((pickup) => pickup.date)).toEqual([
      '2026-11-26',
      '2026-11-30',
      '2026-12-03',
    ]);
  });
});

describe('earliestShopPickup', () => {
  const shopPickup = (now: string, preparationMinutes: number, hours = shopHours) =>
    earliestShopPickup({ now: at(now), preparationMinutes, shopHours: hours });

  it('is ready after the preparation time while the shop is open', () => {
    expect(shopPickup('2026-11-23T09:00:00Z', 60)).toEqual({
      readyAt: at('2026-11-23T10:00:00Z'),
      date: '2026-11-23',
    });
  });

  it('waits for opening time when ordered at night', () => {
    expect(shopPickup('2026-11-23T05:00:00Z', 60)).toEqual({
      readyAt: at('2026-11-23T08:00:00Z'),
      date: '2026-11-23',
    });
  });

  it('moves to the next morning when the preparation runs past closing time', () => {
    // Ordered 17:30 on Monday, ready 18:30: the shop has closed at 18:00.
    expect(shopPickup('2026-11-23T16:30:00Z', 60)).toEqual({
      readyAt: at('2026-11-24T08:00:00Z'),
      date: '2026-11-24',
    });
  });

  it('moves over the weekend to Monday when Saturday closes before the goods are ready', () => {
    expect(shopPickup('2026-11-28T12:30:00Z', 60)).toEqual({
      readyAt: at('2026-11-30T08:00:00Z'),
      date: '2026-11-30',
    });
  });

  it('skips the shop’s holidays', () => {
    expect(shopPickup('2026-11-23T16:30:00Z', 60, closedOn(shopHours, '2026-11-24'))?.date).toBe(
      '2026-11-25',
    );
  });

  it('returns null when the shop is never open', () => {
    expect(shopPickup('2026-11-23T09:00:00Z', 30, { weekly: [], exceptions: [] })).toBeNull();
  });
});
