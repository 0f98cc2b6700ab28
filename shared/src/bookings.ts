// No zod here: the shop's order screen and the resident's order page import this at run time.

/**
 * An order of booked times only: every line is a service at a time the resident chose. It is
 * done at the shop at that time, so there is nothing to pack, make ready or collect with a code;
 * the shop confirms it (accept) and marks it done (`perform`), or that nobody came (`no_show`).
 * Decisions 0067 and 0074.
 */
export function isBooking(lines: readonly { slot: unknown }[]): boolean {
  return lines.length > 0 && lines.every((line) => line.slot !== null);
}

/** The distinct booked times of an order's lines (ISO instants), earliest first. */
export function bookedTimesOf(lines: readonly { slot: { start: string } | null }[]): string[] {
  return [...new Set(lines.flatMap((line) => (line.slot ? [line.slot.start] : [])))].sort();
}

/**
 * The first of the booked times (ISO instants) has begun by `now` (epoch ms): a customer is
 * late, and can be marked as not come ("Kom inte"), only once the time has come, not merely
 * its day (decision 0074). An instant is the same moment on every clock, so this is Sweden's
 * clock in summer and winter alike, wherever the server or browser runs.
 */
export function hasBookedTimeBegun(times: readonly string[], now: number): boolean {
  const [first] = times;
  return first !== undefined && now >= Date.parse(first);
}

/**
 * A service on request done at the resident's home (a haircut at home, laundry fetched): it is
 * booked directly with the shop, not through the basket, because an order has neither a time
 * nor an address for it (decision 0068). The product page shows how to reach the shop.
 */
export function isBookedWithShop(service: {
  bookingMode: 'slots' | 'on_request';
  location: 'in_shop' | 'at_home' | 'at_service_point';
}): boolean {
  return service.bookingMode === 'on_request' && service.location === 'at_home';
}
