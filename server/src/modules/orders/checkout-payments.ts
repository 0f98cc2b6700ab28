import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { checkoutIdOf, type StripeCheckoutSession } from '@e-galleria/shared/payments';
import { systemOrigin, type RequestOrigin } from '../../http/request-origin.ts';
import type { PaymentGateway } from '../../integrations/payments.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { CheckoutRepository, CheckoutRow } from './checkout.repository.ts';
import { enqueueConfirmation } from './confirmation-mail.ts';
import type { CardPayments } from './fulfilment-source.ts';
import type { OrderMoney } from './order-money.ts';
import { applyTransition } from './order-transitions.ts';
import type { OrdersRepository } from './orders.repository.ts';

/** Stripe wants a Checkout Session to stay open at least 30 minutes. */
const minimumSessionMinutes = 31;

/**
 * Card payment of a checkout through the payment gateway: the hosted payment page, what the
 * gateway's events do to the checkout they name (and nothing else), and the release of
 * reservations nobody paid for in time.
 */
export function createCheckoutPayments(deps: {
  knex: Knex;
  gateway: PaymentGateway;
  checkouts: CheckoutRepository;
  orders: OrdersRepository;
  money: OrderMoney;
  mail: MailService;
  publicUrl: string;
  logger: Logger;
  now: () => number;
}) {
  const { knex, gateway, now } = deps;
  const transitionDeps = { orders: deps.orders, checkouts: deps.checkouts, now };

  /** The checkout an event is about, if the event is about the session we opened for it. */
  async function checkoutOfSession(
    session: StripeCheckoutSession,
    db: Knex,
  ): Promise<CheckoutRow | null> {
    const checkoutId = checkoutIdOf(session);
    if (checkoutId === null) return null;
    const checkout = await deps.checkouts.find(checkoutId, db);
    // An event naming a checkout with another session cannot change it.
    if (!checkout || checkout.payment_session_id !== session.id) return null;
    return checkout;
  }

  /** Expires an unpaid checkout's orders (goods back) once; a paid or expired one is left. */
  async function expireUnpaid(
    trx: Knex.Transaction,
    checkoutId: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const expired = await trx('checkouts')
      .where({ id: checkoutId, status: 'awaiting_payment' })
      .update({ status: 'expired', updated_at: now() });
    if (expired !== 1) return;
    for (const order of await deps.checkouts.ordersOf(checkoutId, trx))
      if (order.status === 'awaiting_payment')
        await applyTransition(trx, transitionDeps, {
          orderId: order.id,
          event: 'expire',
          by: { userId: null, kind: 'system' },
          origin,
        });
  }

  const cardPayments: CardPayments = {
    async availableFor(shopIds) {
      const ready = await knex('shop_payment_accounts')
        .whereIn('shop_id', [...shopIds])
        .where({ charges_enabled: true, payouts_enabled: true })
        .count<{ count: number | string }[]>('shop_id as count');
      return Number(ready[0]?.count ?? 0) === new Set(shopIds).size;
    },

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
      knex.transaction((trx) => expireUnpaid(trx, checkoutId, origin)),
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
      trx: Knex.Transaction,
      origin: RequestOrigin,
    ): Promise<void> {
      if (session.payment_status !== 'paid') return;
      const checkout = await checkoutOfSession(session, trx);
      if (!checkout) return;
      if (session.amount_total != null && session.amount_total !== checkout.total_ore) {
        deps.logger.error({ checkoutId: checkout.id }, 'paid amount differs from the checkout');
        return;
      }
      await trx('checkouts')
        .where({ id: checkout.id })
        .whereNull('payment_intent_id')
        .update({ payment_intent_id: session.payment_intent ?? null, updated_at: now() });
      const confirmed = await trx('checkouts')
        .where({ id: checkout.id, status: 'awaiting_payment' })
        .update({ status: 'confirmed', updated_at: now() });
      if (confirmed !== 1) return;
      for (const order of await deps.checkouts.ordersOf(checkout.id, trx))
        await applyTransition(trx, transitionDeps, {
          orderId: order.id,
          event: 'pay',
          by: { userId: null, kind: 'system' },
          origin,
        });
      await enqueueConfirmation(
        trx,
        { mail: deps.mail, orders: deps.orders, publicUrl: deps.publicUrl },
        { ...checkout, status: 'confirmed' },
      );
    },

    /** A session that ended unpaid (expired, or an asynchronous payment failed). */
    async onUnpaid(
      session: StripeCheckoutSession,
      trx: Knex.Transaction,
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
      const overdue = await knex('checkouts')
        .where({ status: 'awaiting_payment' })
        .where('expires_at', '<', now())
        .select<{ id: string; payment_session_id: string | null }[]>('id', 'payment_session_id');
      for (const checkout of overdue) {
        if (checkout.payment_session_id !== null)
          await gateway
            .expireCheckoutSession(checkout.payment_session_id)
            .catch((error: unknown) => {
              deps.logger.warn({ err: error, checkoutId: checkout.id }, 'could not close session');
            });
        await knex.transaction((trx) => expireUnpaid(trx, checkout.id, systemOrigin));
      }
      await deps.money.settlePending();
    },
  };
}

export type CheckoutPayments = ReturnType<typeof createCheckoutPayments>;
