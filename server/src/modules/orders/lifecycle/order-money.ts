import type { Logger } from 'pino';
import {
  shopPaidStatuses,
  stockReleasingStatuses,
  type OrderStatus,
} from '@e-galleria/shared/order-status';
import { splitPayment } from '@e-galleria/shared/platform-fee';
import type { PaymentGateway } from '../../../integrations/payments.ts';
import type { CardOrderRow, OrdersRepository } from '../orders.repository.ts';

/** What moving a shop's share needs to know of the shop, from the shops and payments modules. */
export type ShopPayee = {
  /** The shop's connected account; null while it has none. */
  accountOf: (shopId: string) => Promise<string | null>;
  /** The platform fee in basis points of the shop's home municipality's galleria. */
  feeOf: (shopId: string) => Promise<number>;
};

/**
 * Money of card orders, after the status change that calls for it has committed: the shop's
 * share (less the municipality's fee) is transferred when the shop accepts, and an order that
 * ends without being delivered is refunded (its transfer reversed). Every call carries an
 * idempotency key derived from the order, and `settlePending` retries what a failed call left,
 * so each happens exactly once however often it is attempted.
 */
export function createOrderMoney(deps: {
  orders: OrdersRepository;
  gateway: PaymentGateway | null;
  payee: ShopPayee;
  logger: Logger;
  now: () => number;
}) {
  const { orders, gateway } = deps;

  async function transfer(order: CardOrderRow) {
    if (!gateway || order.transfer_id !== null || order.payment_intent_id === null) return;
    const destination = await deps.payee.accountOf(order.shop_id);
    if (destination === null) return;
    const { transferOre } = splitPayment(order.total_ore, await deps.payee.feeOf(order.shop_id));
    const intent = await gateway.retrievePaymentIntent(order.payment_intent_id);
    const { transferId } = await gateway.createTransfer({
      amountOre: transferOre,
      destination,
      transferGroup: order.checkout_id,
      ...(intent.latestChargeId ? { sourceTransaction: intent.latestChargeId } : {}),
      idempotencyKey: `transfer-${order.id}`,
    });
    await orders.recordMoney(
      order.id,
      { transfer_id: transferId, transfer_ore: transferOre },
      deps.now(),
    );
    // The order may have ended while the transfer was on its way (the shop cancelled during
    // the call): its refund found nothing to take back then, so it is taken back now.
    const now = await orders.cardOrder(order.id);
    if (now && isEnded(now)) await takeBack(now);
  }

  /**
   * What the shop still holds of the order's money: the transfer we recorded, or — for an order
   * it accepted — whatever Stripe made without our hearing back (its answer lost, and the order
   * cancelled before the retry), found in the checkout's transfer group. A shop has one order
   * per checkout, so that group and its account name the order's transfer.
   */
  async function transfersToTakeBack(paymentGateway: PaymentGateway, order: CardOrderRow) {
    if (order.transfer_id !== null && order.transfer_ore !== null)
      return [{ transferId: order.transfer_id, amountOre: order.transfer_ore }];
    const destination = await deps.payee.accountOf(order.shop_id);
    if (destination === null) return [];
    if (!(await orders.hasEvent(order.id, 'accept'))) return [];
    const made = await paymentGateway.listTransfers({
      transferGroup: order.checkout_id,
      destination,
    });
    return made
      .filter((transfer) => transfer.reversedOre < transfer.amountOre)
      .map((transfer) => ({
        transferId: transfer.transferId,
        amountOre: transfer.amountOre - transfer.reversedOre,
      }));
  }

  /** Reverses what the shop holds of an order that ended, once, and records it. */
  async function takeBack(order: CardOrderRow) {
    if (!gateway || order.transfer_reversal_id !== null) return;
    let reversalId: string | null = null;
    for (const transfer of await transfersToTakeBack(gateway, order))
      ({ reversalId } = await gateway.reverseTransfer({
        ...transfer,
        idempotencyKey: `reversal-${order.id}`,
      }));
    if (reversalId !== null)
      await orders.recordMoney(order.id, { transfer_reversal_id: reversalId }, deps.now());
  }

  async function refund(order: CardOrderRow) {
    if (!gateway || order.payment_intent_id === null) return;
    await takeBack(order);
    if (order.refund_id !== null) return;
    const { refundId } = await gateway.refundPayment({
      paymentIntentId: order.payment_intent_id,
      amountOre: order.total_ore,
      idempotencyKey: `refund-${order.id}`,
    });
    await orders.recordMoney(order.id, { refund_id: refundId }, deps.now());
  }

  const isEnded = (order: CardOrderRow) =>
    stockReleasingStatuses.includes(order.status as OrderStatus);

  /** Moves the money an order's status calls for; a failure is logged and retried later. */
  async function settle(orderId: string): Promise<void> {
    const order = await orders.cardOrder(orderId);
    if (!order) return;
    try {
      if (shopPaidStatuses.includes(order.status as OrderStatus)) await transfer(order);
      else if (isEnded(order)) await refund(order);
    } catch (error) {
      deps.logger.error({ err: error, orderId }, 'card money for an order failed; will retry');
    }
  }

  return {
    settle,

    /** Retries transfers, reversals and refunds that a failed call left undone. */
    async settlePending(): Promise<void> {
      const pending = await orders.cardOrdersOwed({
        shopPaid: shopPaidStatuses,
        ended: stockReleasingStatuses,
      });
      for (const order of pending) await settle(order.id);
    },
  };
}

export type OrderMoney = ReturnType<typeof createOrderMoney>;
