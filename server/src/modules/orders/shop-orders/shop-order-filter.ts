import { shopOrderQueueBookings, shopOrderQueues } from '@e-galleria/shared/order-queues';
import type { PickListQuery } from '@e-galleria/shared/orders';
import type { ShopOrderFilter } from '../orders.repository.ts';

/**
 * The repository's filter for a list or pick-list query: one status, or a queue's statuses
 * and whether it holds booked times.
 */
export function filterOf(query: PickListQuery, orderIds?: readonly string[]): ShopOrderFilter {
  return {
    statuses:
      query.status !== undefined
        ? [query.status]
        : query.queue !== undefined
          ? shopOrderQueues[query.queue]
          : undefined,
    bookings:
      query.status === undefined && query.queue !== undefined
        ? shopOrderQueueBookings[query.queue]
        : undefined,
    servicePointId: query.servicePointId,
    pickupDate: query.pickupDate,
    orderIds,
  };
}
