// No zod at runtime here: the browser's order history names these too.

/**
 * Which surface of the product fired a status change — the "from where" of an order's history
 * (issue 5). The code that fires a step knows it: each router names its own surface, the
 * minute jobs are `system`, Stripe's webhook is `payment_provider`; nothing is guessed from
 * URLs or headers (docs/decisions/0016).
 */
export const orderChannels = [
  /** The resident's web: checkout, cancelling their own order. */
  'storefront',
  /** The shop's order screens, by its owner or staff. */
  'shop_admin',
  /** The service point's phone behind the counter. */
  'counter',
  /** A carrier's phone on its day of home deliveries. */
  'carrier',
  /** The municipality admin's pages; no step is fired there yet. */
  'municipality_admin',
  /** The minute and hour jobs: expiry, readiness after a cancel. */
  'system',
  /** The payment provider's webhook (Stripe). */
  'payment_provider',
] as const;
export type OrderChannel = (typeof orderChannels)[number];

/** A coarse kind of device from the User-Agent; `unknown` when it says nothing usable. */
export const deviceKinds = ['mobile', 'tablet', 'desktop', 'unknown'] as const;
export type DeviceKind = (typeof deviceKinds)[number];
