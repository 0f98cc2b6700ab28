import { describe, expect, it } from 'vitest';
import { bookedTimesOf, isBookedWithShop, isBooking } from './bookings.ts';

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
