// No zod at runtime here: the browser's order timeline reads this table too.
import type { Role } from './roles.ts';

/**
 * The life of a shop order (DESIGN §4) as data: its states, the events that move it and who
 * may fire each. The service changes a status only through `nextStatus`, with a conditional
 * UPDATE on the current status, so a state is left exactly once (stock and money with it).
 */
export const orderStatuses = [
  'awaiting_payment',
  'placed',
  'accepted',
  'packed',
  'in_transit',
  /** Checked in at the service point; ready once every parcel of its handover is there. */
  'arrived',
  'ready_for_pickup',
  'collected',
  /** Home delivery: in the carrier's hands, on its way to the household. */
  'out_for_delivery',
  'delivered',
  /** Nobody was home, or it was refused: the shop sends it out again or takes it back. */
  'delivery_failed',
  /** Not collected by the last day: on its way back to the shop. */
  'returning',
  'declined',
  'cancelled',
  'expired',
  'returned',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** Who fires an event: a role, the resident who placed the order, or the system. */
export type OrderActor = Role | 'customer' | 'system';

type Transition = { from: readonly OrderStatus[]; to: OrderStatus; by: readonly OrderActor[] };

export const orderEvents = {
  /** Card payment confirmed by the payment provider's webhook. */
  pay: { from: ['awaiting_payment'], to: 'placed', by: ['system'] },
  /** Card payment never completed within the time limit: stock goes back. */
  expire: { from: ['awaiting_payment'], to: 'expired', by: ['system'] },
  accept: { from: ['placed'], to: 'accepted', by: ['shop_owner', 'shop_staff'] },
  /** The shop cannot deliver: stock goes back, a card payment is refunded. */
  decline: { from: ['placed'], to: 'declined', by: ['shop_owner', 'shop_staff'] },
  pack: { from: ['accepted'], to: 'packed', by: ['shop_owner', 'shop_staff'] },
  /** The resident changes their mind before the shop has accepted. */
  cancel: { from: ['placed'], to: 'cancelled', by: ['customer'] },
  /** The shop cannot deliver after all, before the goods leave it: stock back, refund. */
  cancel_by_shop: {
    from: ['placed', 'accepted', 'packed'],
    to: 'cancelled',
    by: ['shop_owner', 'shop_staff'],
  },
  /**
   * A booking (every line a booked time, bookings.ts): the shop has done the service, and took
   * the payment then if it is paid at the shop. Nothing was packed or collected.
   */
  perform: { from: ['accepted'], to: 'collected', by: ['shop_owner', 'shop_staff'] },
  /**
   * A booking nobody came to ("Kom inte"): it ends as a cancellation does (the time released,
   * nothing paid to the shop, a card payment refunded), but the history says who failed whom.
   * From the start of its booked time (decision 0074).
   */
  no_show: { from: ['accepted'], to: 'cancelled', by: ['shop_owner', 'shop_staff'] },
  /** Pickup in the shop: packed goods wait at the counter. */
  mark_ready: { from: ['packed'], to: 'ready_for_pickup', by: ['shop_owner', 'shop_staff'] },
  /** Handed to the carrier or driven to the service point. */
  hand_over: { from: ['packed'], to: 'in_transit', by: ['shop_owner', 'shop_staff'] },
  /** The operator checks the parcel in at the service point. */
  check_in: { from: ['in_transit'], to: 'arrived', by: ['service_point_operator'] },
  /** Every parcel of the handover has arrived: the resident is told to come. */
  make_ready: { from: ['arrived'], to: 'ready_for_pickup', by: ['system'] },
  /** Handed to the resident against the pickup code (or in the shop). */
  collect: {
    from: ['ready_for_pickup'],
    to: 'collected',
    by: ['service_point_operator', 'shop_owner', 'shop_staff'],
  },
  /** Not collected by the last day: the operator sends it back. */
  send_back: { from: ['ready_for_pickup'], to: 'returning', by: ['service_point_operator'] },
  /** The shop has the goods back: stock back, money refunded. */
  confirm_return: {
    from: ['returning', 'delivery_failed'],
    to: 'returned',
    by: ['shop_owner', 'shop_staff'],
  },
  /** Home delivery: the shop gives the packed order to its carrier for the route day. */
  hand_to_carrier: {
    from: ['packed'],
    to: 'out_for_delivery',
    by: ['shop_owner', 'shop_staff'],
  },
  /** The driver hands it over at the door (and takes the payment, when paid on delivery). */
  deliver: { from: ['out_for_delivery'], to: 'delivered', by: ['carrier'] },
  /** Nobody home, or refused at the door: back to the shop. */
  fail_delivery: { from: ['out_for_delivery'], to: 'delivery_failed', by: ['carrier'] },
  /** The shop sends a failed delivery out again on a later route day. */
  redeliver: { from: ['delivery_failed'], to: 'packed', by: ['shop_owner', 'shop_staff'] },
} as const satisfies Record<string, Transition>;
export type OrderEvent = keyof typeof orderEvents;

/** Statuses after which the order's goods are no longer reserved for it. */
export const stockReleasingStatuses: readonly OrderStatus[] = [
  'declined',
  'cancelled',
  'expired',
  'returned',
];

/**
 * Statuses in which the shop has committed to the order and a card order pays it its share:
 * from accepted until collected or delivered. Not while it is `returning`, as its money goes
 * back soon.
 */
export const shopPaidStatuses: readonly OrderStatus[] = [
  'accepted',
  'packed',
  'in_transit',
  'arrived',
  'ready_for_pickup',
  'collected',
  'out_for_delivery',
  'delivered',
  // Sent out again, usually: the money goes back only when the shop confirms the return.
  'delivery_failed',
];

/** The status an event leads to from `current`, or null when it may not happen now. */
export function nextStatus(current: OrderStatus, event: OrderEvent): OrderStatus | null {
  const transition: Transition = orderEvents[event];
  return transition.from.includes(current) ? transition.to : null;
}

export function mayFire(event: OrderEvent, actor: OrderActor): boolean {
  const transition: Transition = orderEvents[event];
  return transition.by.includes(actor);
}
