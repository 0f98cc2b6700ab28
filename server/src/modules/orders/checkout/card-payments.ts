import type { Logger } from 'pino';
import { checkoutIdOf, type StripeCheckoutSession } from '@e-galleria/shared/payments';
import type { Transaction, TransactionRunner } from '../../../db/database.ts';
import { systemOrigin, type RequestOrigin } from '../../../http/request-origin.ts';
import type { PaymentGateway } from '../../../integrations/payments.ts';
import type { MailService } from '../../mail/mail.service.ts';
import type { ShopDirectory } from '../../shops/shop-directory.service.ts';
import type { CheckoutRow, CheckoutsRepository } from '../checkouts.repository.ts';
import type { OrderLifecycle } from '../lifecycle/order-lifecycle.service.ts';
import type { OrderMoney } from '../lifecycle/order-money.ts';
import type { OrdersRepository } from '../orders.repository.ts';
import type { DeliveryNotesPort } from '../home-delivery.port.ts';
import { enqueueConfirmation } from './confirmation-mail.ts';

/** Stripe wants a Checkout Session to stay open at least 30 minutes. */
const minimumSessionMinutes = 31;

/** Whether card payment can be offered for these shops, and how to take it. */
export type CardPayments = {
  /** Every shop can receive its share (a connected account ready for transfers). */
  availableFor: (shopIds: readonly string[]) => Promise<boolean>;
  /** Starts the hosted payment for a checkout and returns where the resident pays. */
  start: (checkout: {
    id: string;
    totalOre: number;
    email: string;
    lines: { name: string; amountOre: number; quantity: number }[];
    expiresAt: number;
  }) => Promise<{ sessionId: string; url: string }>;
  /**
   * Ends a checkout nobody can pay any more: its orders expire and give their goods back,
   * recorded as coming from `origin` (the checkout request that could not open the payment).
   */
  release: (checkoutId: string, origin: RequestOrigin) => Promise<void>;
};

/**
 * Card payment of a checkout through the payment gateway: the hosted payment page, what the
 * gateway's events do to the checkout they name (and nothing else), and the release of
 * reservations nobody paid for in time.
 */
export function createCardPayments(deps: {
  transaction: TransactionRunner;
  gateway: PaymentGateway;
  /** The payments module's answer: every one of these shops can take cards. */
  canTakeCards: (shopIds: readonly string[]) => Promise<boolean>;
  checkouts: CheckoutsRepository;
  orders: OrdersRepository;
  lifecycle: OrderLifecycle;
  money: OrderMoney;
  shops: ShopDirectory;
  /** Where a paid home delivery is driven, for the confirmation mail. */
  deliveryNotes: Pick<DeliveryNotesPort, 'addressesOf'>;
  mail: MailService;
  publicUrl: string;
  logger: Logger;
  now: () => number;
}) {
  const { gateway, checkouts, lifecycle, now } = deps;

  /** The checkout an event is about, if the event is about the session we opened for it. */
  async function checkoutOfSession(
    session: StripeCheckoutSession,
    db: Transaction,
  ): Promise<CheckoutRow | null> {
    const checkoutId = checkoutIdOf(session);
    if (checkoutId === null) return null;
    const checkout = await checkouts.find(checkoutId, db);
    // An event naming a checkout with another session cannot change it.
    if (!checkout || checkout.payment_session_id !== session.id) return null;
    return checkout;
  }

  /** Expires an unpaid checkout's orders (goods back) once; a paid or expired one is left. */
  async function expireUnpaid(
    trx: Transaction,
    checkoutId: string,
    origin: RequestOrigin,
  ): Promise<void> {
    if (!(await checkouts.settle(checkoutId, 'expired', now(), trx))) return;
    for (const order of await deps.orders.ofCheckout(checkoutId, trx))
      if (order.status === 'awaiting_payment')
        await lifecycle.apply(trx, {
          orderId: order.id,
          event: 'expire',
          by: { userId: null, kind: 'system' },
          origin,
        });
  }

  const cardPayments: CardPayments = {
    availableFor: deps.canTakeCards,

    start(checkout) {
      return gateway.createCheckoutSession({
        checkoutId: checkout.id,
        lines: checkout.lines,
        customerEmail: checkout.email,
        successUrl: `${deps.publicUrl}/bestallningar/${checkout.id}?betalning=klar`,
        cancelUrl: `${deps.publicUrl}/bestallningar/${checkout.id}?betalning=avbruten`,
        expiresAt: Math.max(now() + minimumSessionMinutes * 60_000, checkout.expiresAt - 120_000),
        idempotencyKey: `checkout-session-${checkout.id}`,
      });
    },

    release: (checkoutId, origin) =>
      deps.transaction((trx) => expireUnpaid(trx, checkoutId, origin)),
  };

  return {
    cardPayments,

    /**
     * A paid session: the checkout is confirmed and its orders go to the shops, once, however
     * often and in whatever order the events come. Paid after the time limit released the
     * goods: the money is refunded instead (by the money settlement, after this commits).
     */
    async onPaid(
      session: StripeCheckoutSession,
      trx: Transaction,
      origin: RequestOrigin,
    ): Promise<void> {
      if (session.payment_status !== 'paid') return;
      const checkout = await checkoutOfSession(session, trx);
      if (!checkout) return;
      if (session.amount_total != null && session.amount_total !== checkout.total_ore) {
        deps.logger.error({ checkoutId: checkout.id }, 'paid amount differs from the checkout');
        return;
      }
      await checkouts.recordPaymentIntent(checkout.id, session.payment_intent ?? null, now(), trx);
      if (!(await checkouts.settle(checkout.id, 'confirmed', now(), trx))) return;
      for (const order of await deps.orders.ofCheckout(checkout.id, trx))
        await lifecycle.apply(trx, {
          orderId: order.id,
          event: 'pay',
          by: { userId: null, kind: 'system' },
          origin,
        });
      await enqueueConfirmation(trx, deps, { ...checkout, status: 'confirmed' });
    },

    /** A session that ended unpaid (expired, or an asynchronous payment failed). */
    async onUnpaid(
      session: StripeCheckoutSession,
      trx: Transaction,
      origin: RequestOrigin,
    ): Promise<void> {
      const checkout = await checkoutOfSession(session, trx);
      if (checkout) await expireUnpaid(trx, checkout.id, origin);
    },

    /**
     * Releases reservations past their time limit (closing their sessions first, so nobody
     * pays for released goods), and settles card money a failed call left undone.
     */
    async housekeeping(): Promise<void> {
      for (const checkout of await checkouts.overdue(now())) {
        if (checkout.payment_session_id !== null)
          await gateway
            .expireCheckoutSession(checkout.payment_session_id)
            .catch((error: unknown) => {
              deps.logger.warn({ err: error, checkoutId: checkout.id }, 'could not close session');
            });
        await deps.transaction((trx) => expireUnpaid(trx, checkout.id, systemOrigin));
      }
      await deps.money.settlePending();
    },
  };
}

export type CardPaymentsFlow = ReturnType<typeof createCardPayments>;
