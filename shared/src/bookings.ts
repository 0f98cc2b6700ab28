// No zod here: the shop's order screen and the resident's order page import this at run time.

/**
 * An order of booked times only: every line is a service at a time the resident chose. It is
 * done at the shop at that time, so there is nothing to pack, make ready or collect with a code;
 * the shop confirms it (accept) and marks it done (`perform`). Decision 0067.
 */
export function isBooking(lines: readonly { slot: unknown }[]): boolean {
  return lines.length > 0 && lines.every((line) => line.slot !== null);
}

/** The distinct booked times of an order's lines (ISO instants), earliest first. */
export function bookedTimesOf(lines: readonly { slot: { start: string } | null }[]): string[] {
  return [...new Set(lines.flatMap((line) => (line.slot ? [line.slot.start] : [])))].sort();
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
