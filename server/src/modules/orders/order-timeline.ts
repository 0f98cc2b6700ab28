import type { OrderTimelineEntry } from '@e-galleria/shared/checkout';
import type { OrderStatus } from '@e-galleria/shared/order-status';
import type { OrderEventRow } from './orders.repository.ts';

/**
 * Each order's steps, oldest first, from its status history. Waiting for a card payment is
 * not a step the resident took; it shows from "placed" on.
 */
export function timelinesOf(events: readonly OrderEventRow[]): Map<string, OrderTimelineEntry[]> {
  const timelines = new Map<string, OrderTimelineEntry[]>();
  for (const event of events) {
    if (event.to_status === 'awaiting_payment') continue;
    const timeline = timelines.get(event.order_id) ?? [];
    timeline.push({
      status: event.to_status as OrderStatus,
      event: event.event,
      at: new Date(event.at).toISOString(),
    });
    timelines.set(event.order_id, timeline);
  }
  return timelines;
}
