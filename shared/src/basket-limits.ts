// No zod here: the storefront's quantity pickers import these at run time.

/** At most this many of one thing in a basket: a village shop's shelf, not a wholesaler's. */
export const maxQuantity = 99;
/** How long a service slot in a basket is held for the resident. */
export const slotHoldMinutes = 15;
/**
 * The most one checkout may come to, in öre (1 000 000 kr, what one product may cost): every
 * order of it and every line is at most this much, so the totals fit their integer columns
 * (at most 2 147 483 647 öre). A checkout over it is refused on the basket.
 */
export const maxCheckoutTotalOre = 100_000_000;
