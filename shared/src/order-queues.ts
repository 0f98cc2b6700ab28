// No zod here: the shop's order screen imports the queues at run time.
import type { OrderStatus } from './order-status.ts';

/**
 * The shop's working queues: what to handle, pack, hand over and give out. Each is a set of
 * statuses, so the list, the pick list and the screen mean the same by "Att packa".
 */
export const shopOrderQueues = {
  to_handle: ['placed'],
  to_pack: ['accepted'],
  // Confirmed booked times, waiting for their time (decision 0067): never packed.
  booked: ['accepted'],
  to_hand_over: ['packed'],
  // Home deliveries wait with the carrier, and come back to the shop when nobody was home.
  waiting: ['in_transit', 'arrived', 'ready_for_pickup', 'out_for_delivery'],
  to_receive_back: ['returning', 'delivery_failed'],
  closed: ['collected', 'delivered', 'declined', 'cancelled', 'returned'],
} as const satisfies Record<string, readonly OrderStatus[]>;
export type ShopOrderQueue = keyof typeof shopOrderQueues;
export const shopOrderQueueNames = Object.keys(shopOrderQueues) as ShopOrderQueue[];

/**
 * Queues that hold booked times only, or none of them (decision 0067): a confirmed booking is
 * accepted like goods to pack, but it is done at its time, so it waits in "Bokade tider".
 */
export const shopOrderQueueBookings: Partial<Record<ShopOrderQueue, 'only' | 'excluded'>> = {
  to_pack: 'excluded',
  booked: 'only',
};

/**
 * A queue the shop works through, oldest order first (the one waiting longest); all orders
 * and the closed ones are looked back on, newest first.
 */
export function isWorkingQueue(queue: ShopOrderQueue | undefined): boolean {
  return queue !== undefined && queue !== 'closed';
}
