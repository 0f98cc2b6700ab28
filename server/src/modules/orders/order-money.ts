import type { Knex } from 'knex';
import type { Logger } from 'pino';
import {
  shopPaidStatuses,
  stockReleasingStatuses,
  type OrderStatus,
} from '@e-galleria/shared/order-status';
import { splitPayment } from '@e-galleria/shared/platform-fee';
import type { PaymentGateway } from '../../integrations/payments.ts';

type CardOrderRow = {
  id: string;
  checkout_id: string;
  status: string;
  total_ore: number;
  transfer_id: string | null;
  transfer_ore: number | null;
  refund_id: string | null;
  transfer_reversal_id: string | null;
  municipality_id: string;
  payment_intent_id: string | null;
  stripe_account_id: string | null;
};

/**
 * Money of card orders, after the status change that calls for it has committed: the shop's
 * share (less the municipality's fee) is transferred when the shop accepts, and an order that
 * ends without being delivered is refunded (its transfer reversed). Every call carries an
 * idempotency key derived from the order, and `settlePending` retries what a failed call left,
 * so each happens exactly once however often it is attempted.
 */
export function createOrderMoney(deps: {
  knex: Knex;
  gateway: PaymentGateway | null;
  feeOf: (municipalityId: string) => Promise<number>;
  logger: Logger;
  now: () => number;
}) {
  const { knex, gateway } = deps;

  function cardOrders() {
    return knex('shop_orders as o')
      .join('checkouts as c', 'c.id', 'o.checkout_id')
      .join('shops as s', 's.id', 'o.shop_id')
      .leftJoin('shop_payment_accounts as a', 'a.shop_id', 'o.shop_id')
      .where('c.payment_method', 'card')
      .whereNotNull('c.payment_intent_id')
      .select<CardOrderRow[]>(
        'o.id',
        'o.checkout_id',
        'o.status',
        'o.total_ore',
        'o.transfer_id',
        'o.transfer_ore',
        'o.refund_id',
        'o.transfer_reversal_id',
        's.municipality_id',
        'c.payment_intent_id',
        'a.stripe_account_id',
      );
  }

  async function transfer(order: CardOrderRow) {
    if (!gateway || order.transfer_id !== null || order.payment_intent_id === null) return;
    if (order.stripe_account_id === null) return;
    const { transferOre } = splitPayment(order.total_ore, await deps.feeOf(order.municipality_id));
    const intent = await gateway.retrievePaymentIntent(order.payment_intent_id);
    const { transferId } = await gateway.createTransfer({
      amountOre: transferOre,
      destination: order.stripe_account_id,
      transferGroup: order.checkout_id,
      ...(intent.latestChargeId ? { sourceTransaction: intent.latestChargeId } : {}),
      idempotencyKey: `transfer-${order.id}`,
    });
    await knex('shop_orders')
      .where({ id: order.id, transfer_id: null })
      .update({ transfer_id: transferId, transfer_ore: transferOre, updated_at: deps.now() });
    // The order may have ended while the transfer was on its way (the shop cancelled during
    // the call): its refund found nothing to take back then, so it is taken back now.
    const now = await cardOrders().where('o.id', order.id).first();
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
    if (order.stripe_account_id === null) return [];
    const accepted = await knex('order_status_events')
      .where({ order_id: order.id, event: 'accept' })
      .first<{ id: string } | undefined>('id');
    if (!accepted) return [];
    const made = await paymentGateway.listTransfers({
      transferGroup: order.checkout_id,
      destination: order.stripe_account_id,
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
      await knex('shop_orders')
        .where({ id: order.id, transfer_reversal_id: null })
        .update({ transfer_reversal_id: reversalId, updated_at: deps.now() });
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
    await knex('shop_orders')
      .where({ id: order.id, refund_id: null })
      .update({ refund_id: refundId, updated_at: deps.now() });
  }

  const isEnded = (order: CardOrderRow) =>
    stockReleasingStatuses.includes(order.status as OrderStatus);

  /** Moves the money an order's status calls for; a failure is logged and retried later. */
  async function settle(orderId: string): Promise<void> {
    const order = await cardOrders().where('o.id', orderId).first();
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
      const pending = await cardOrders().where((where) => {
        void where
          .where(
            (owed) =>
              void owed.whereIn('o.status', [...shopPaidStatuses]).whereNull('o.transfer_id'),
          )
          .orWhere(
            (refundable) =>
              void refundable
                .whereIn('o.status', [...stockReleasingStatuses])
                .whereNull('o.refund_id'),
          )
          .orWhere(
            (transferred) =>
              void transferred
                .whereIn('o.status', [...stockReleasingStatuses])
                .whereNotNull('o.transfer_id')
                .whereNull('o.transfer_reversal_id'),
          );
      });
      for (const order of pending) await settle(order.id);
    },
  };
}

export type OrderMoney = ReturnType<typeof createOrderMoney>;
