import { describe, expect, it } from 'vitest';
import { bookedTimesOf, hasBookedTimeBegun, isBookedWithShop, isBooking } from './bookings.ts';
import { localInstant } from './local-time.ts';

const at = (start: string) => ({ slot: { start } });
const good = { slot: null };

describe('an order of booked times', () => {
  it('is one whose every line is a booked time, and never an empty one', () => {
    expect(isBooking([at('2027-03-02T08:00:00.000Z')])).toBe(true);
    expect(isBooking([at('2027-03-02T08:00:00.000Z'), good])).toBe(false);
    expect(isBooking([good])).toBe(false);
    expect(isBooking([])).toBe(false);
  });

  it('names each booked time once, earliest first', () => {
    expect(
      bookedTimesOf([
        at('2027-03-02T09:30:00.000Z'),
        good,
        at('2027-03-02T08:00:00.000Z'),
        at('2027-03-02T09:30:00.000Z'),
      ]),
    ).toEqual(['2027-03-02T08:00:00.000Z', '2027-03-02T09:30:00.000Z']);
  });
});

// Decision 0074: "Kom inte" only once the customer is late, by the clock in Sweden.
describe('a booked time nobody came to', () => {
  const minute = 60_000;
  it.each([
    ['winter', '2027-01-12', '2027-01-12T08:00:00.000Z'],
    ['summer', '2027-07-13', '2027-07-13T07:00:00.000Z'],
  ])('is told from 09:00 Swedish time in %s, not a minute before', (_season, date, utc) => {
    const nine = localInstant(date, 9 * 60);
    expect(new Date(nine).toISOString()).toBe(utc);
    const times = [new Date(nine).toISOString()];
    expect(hasBookedTimeBegun(times, localInstant(date, 0))).toBe(false);
    expect(hasBookedTimeBegun(times, nine - minute)).toBe(false);
    expect(hasBookedTimeBegun(times, nine)).toBe(true);
    expect(hasBookedTimeBegun(times, nine + 90 * minute)).toBe(true);
  });

  it('counts from the first of several times, and never for an order without one', () => {
    const first = '2027-03-02T08:00:00.000Z';
    const later = '2027-03-02T09:30:00.000Z';
    expect(hasBookedTimeBegun([first, later], Date.parse(first))).toBe(true);
    expect(hasBookedTimeBegun([], Date.parse(later))).toBe(false);
  });
});

describe('a service booked with the shop', () => {
  it('is one on request at the resident’s home; timed ones and those in the shop go in a basket', () => {
    expect(isBookedWithShop({ bookingMode: 'on_request', location: 'at_home' })).toBe(true);
    expect(isBookedWithShop({ bookingMode: 'on_request', location: 'in_shop' })).toBe(false);
    expect(isBookedWithShop({ bookingMode: 'on_request', location: 'at_service_point' })).toBe(
      false,
    );
    expect(isBookedWithShop({ bookingMode: 'slots', location: 'at_home' })).toBe(false);
  });
});
