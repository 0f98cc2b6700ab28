// No zod here: the storefront's quantity pickers import these at run time.

/** At most this many of one thing in a basket: a village shop's shelf, not a wholesaler's. */
export const maxQuantity = 99;
/** How long a service slot in a basket is held for the resident. */
export const slotHoldMinutes = 15;
