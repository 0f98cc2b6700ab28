// No zod at runtime here: the operator's phone applies these rules offline too.
import type { OrderStatus } from './order-status.ts';

/** Statuses in which an order no longer goes to the counter at all. */
export const goneStatuses: readonly OrderStatus[] = ['declined', 'cancelled', 'expired'];

/** What the resident pays at the counter: their ready parcels not already paid by card. */
export function amountDueOre(
  parcels: readonly { status: OrderStatus; paymentMethod: string; totalOre: number }[],
): number {
  return parcels
    .filter((parcel) => parcel.status === 'ready_for_pickup')
    .filter((parcel) => parcel.paymentMethod === 'pay_at_pickup')
    .reduce((sum, parcel) => sum + parcel.totalOre, 0);
}

/**
 * A handover is ready when every parcel still coming to it has arrived (DESIGN §4: the
 * resident comes once, for everything).
 */
export function isHandoverComplete(statuses: readonly OrderStatus[]): boolean {
  const live = statuses.filter((status) => !goneStatuses.includes(status));
  return (
    live.some((status) => status === 'arrived') &&
    live.every((status) => status === 'arrived' || status === 'ready_for_pickup')
  );
}
