import type { CheckoutCreated } from '@e-galleria/shared/checkout';
import { AppError } from '../../../errors.ts';
import type { CheckoutRow } from '../checkouts.repository.ts';
import { checkoutHeadOf } from '../order-views.ts';
import type { OrdersRepository, ShopOrderRow } from '../orders.repository.ts';

/** What a checkout answers: its head and one summary per shop order. */
export function summaryOf(
  checkout: CheckoutRow,
  orders: readonly ShopOrderRow[],
  paymentUrl: string | null,
): CheckoutCreated {
  return {
    checkout: {
      ...checkoutHeadOf(checkout, paymentUrl),
      orders: orders.map((order) => ({
        id: order.id,
        shopId: order.shop_id,
        status: order.status as CheckoutCreated['checkout']['orders'][number]['status'],
        totalOre: order.total_ore,
      })),
    },
  };
}

/**
 * The answer to a request sent again with the same idempotency key: the checkout it made, or
 * a refusal when the key was used for something else.
 */
export async function replayCheckout(
  orders: OrdersRepository,
  existing: CheckoutRow,
  requestHash: string,
): Promise<CheckoutCreated> {
  if (existing.request_hash !== requestHash)
    throw new AppError('idempotency_key_reused', 'The key was used for another checkout.');
  const paymentUrl = existing.status === 'awaiting_payment' ? existing.payment_url : null;
  return summaryOf(existing, await orders.ofCheckout(existing.id), paymentUrl);
}
