// What the catalogue asks of modules above it, handed in when the app is composed.

/**
 * Seats of a service's slots already taken, per slot start: booked by orders that still hold
 * them and held by baskets whose hold has not run out, leaving out `exceptBasketId`'s own.
 */
export type TakenSeats = (
  productId: string,
  slotStarts: readonly number[],
  at: number,
  exceptBasketId?: string | null,
) => Promise<Map<number, number>>;
