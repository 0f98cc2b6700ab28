import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { CheckoutBody, CheckoutCreated } from '@e-galleria/shared/checkout';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import { newId } from '../../db/ids.ts';
import { AppError } from '../../errors.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';
import type { Actor } from '../auth/actor.ts';
import { hashToken } from '../auth/session-tokens.ts';
import type { BasketLineRow } from '../basket/basket.repository.ts';
import { problemOf } from '../basket/basket-view.ts';
import type { BasketService } from '../basket/basket.service.ts';
import { takenSeats } from '../basket/slot-seats.ts';
import { swedishDate } from '../catalogue/product-derivations.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { CheckoutRepository, CheckoutRow, ShopOrderRow } from './checkout.repository.ts';
import { planShopOrders, type PlannedOrder } from './checkout-plan.ts';
import type { CardPayments, FulfilmentSource } from './fulfilment-source.ts';
import { newParcelCode, newPickupCode } from './pickup-code.ts';
import { sendConfirmation, shopRecipients } from './confirmation-mail.ts';
import type { OrdersRepository } from './orders.repository.ts';
import { statusEventOrigin } from './order-transitions.ts';
import { clearStockFlags, reserveStock } from './stock.ts';

/** A card payment not completed within this releases the reserved goods. */
export const cardPaymentMinutes = 35;

export type CheckoutRequest = {
  actor: Actor | null;
  guestToken: string | null;
  idempotencyKey: string | null;
  origin: RequestOrigin;
  body: CheckoutBody;
};

/**
 * One checkout of a resident: the basket becomes one order per shop, priced from the catalogue
 * (nothing the client says about money counts), with stock and service places taken in the
 * same transaction, and the basket emptied. Idempotent by `Idempotency-Key`.
 */
export function createCheckoutService(deps: {
  knex: Knex;
  /** For reads before the transaction (Database.reader). */
  reader: Knex;
  checkouts: CheckoutRepository;
  baskets: BasketService;
  fulfilment: FulfilmentSource;
  cardPayments: CardPayments | null;
  mail: MailService;
  orders: OrdersRepository;
  publicUrl: string;
  now: () => number;
}) {
  const { knex, checkouts, now } = deps;

  // Rates are rows that change by decision of the Riksdag, not by the minute: a checkout
  // reads them at most once a minute per date.
  const ratesByDate = new Map<string, { rates: Map<string, number>; readAt: number }>();
  async function vatRatesOn(date: string): Promise<Map<string, number>> {
    const cached = ratesByDate.get(date);
    if (cached && Date.now() - cached.readAt < 60_000) return cached.rates;
    const rates = new Map<string, number>();
    for (const row of await checkouts.vatRatesOn(date))
      if (!rates.has(row.vat_class)) rates.set(row.vat_class, row.rate_basis_points);
    ratesByDate.clear();
    ratesByDate.set(date, { rates, readAt: Date.now() });
    return rates;
  }

  function summaryOf(
    checkout: CheckoutRow,
    orders: readonly ShopOrderRow[],
    paymentUrl: string | null,
  ): CheckoutCreated {
    return {
      checkout: {
        id: checkout.id,
        status: checkout.status,
        paymentMethod: checkout.payment_method,
        totalOre: checkout.total_ore,
        paymentUrl,
        orders: orders.map((order) => ({
          id: order.id,
          shopId: order.shop_id,
          status: order.status as CheckoutCreated['checkout']['orders'][number]['status'],
          totalOre: order.total_ore,
        })),
      },
    };
  }

  async function replay(existing: CheckoutRow, requestHash: string): Promise<CheckoutCreated> {
    if (existing.request_hash !== requestHash)
      throw new AppError('idempotency_key_reused', 'The key was used for another checkout.');
    const paymentUrl = existing.status === 'awaiting_payment' ? existing.payment_url : null;
    return summaryOf(existing, await checkouts.ordersOf(existing.id), paymentUrl);
  }

  /**
   * Every line must be buyable as the basket shows it, or the resident looks again. A slot
   * whose hold ran out is still bought if its places are free: the transaction counts them.
   */
  function requireBuyable(lines: readonly BasketLineRow[]) {
    for (const line of lines) {
      const problem = problemOf(line, now());
      if (problem === 'out_of_stock' || problem === 'not_enough_stock')
        throw new AppError('out_of_stock', `Not enough left of ${line.title}.`);
      if (problem !== null && problem !== 'hold_expired')
        throw new AppError('basket_changed', `${line.title}: ${problem}.`);
    }
  }

  async function insertOrders(
    trx: Knex.Transaction,
    checkout: CheckoutRow,
    planned: readonly PlannedOrder[],
    request: CheckoutRequest,
  ): Promise<ShopOrderRow[]> {
    const at = now();
    const status = checkout.payment_method === 'card' ? 'awaiting_payment' : 'placed';
    const orders: ShopOrderRow[] = [];
    for (const plan of planned) {
      let handoverId: string | null = null;
      if (plan.servicePointId !== null && plan.pickupDate !== null) {
        const email = checkout.contact_email.toLowerCase();
        const open = await checkouts.findOpenHandover(
          plan.servicePointId,
          plan.pickupDate,
          email,
          trx,
        );
        handoverId = open?.id ?? newId();
        if (!open) {
          let code = newPickupCode();
          while (await checkouts.isCodeTaken(plan.servicePointId, code, trx))
            code = newPickupCode();
          await checkouts.insertHandover(
            {
              id: handoverId,
              service_point_id: plan.servicePointId,
              pickup_date: plan.pickupDate,
              user_id: checkout.user_id,
              contact_email: email,
              code,
              status: 'open',
              created_at: at,
              updated_at: at,
            },
            trx,
          );
        }
      }
      orders.push({
        id: plan.id,
        checkout_id: checkout.id,
        shop_id: plan.shopId,
        user_id: checkout.user_id,
        status,
        fulfilment_method: plan.method,
        service_point_id: plan.servicePointId,
        pickup_date: plan.pickupDate,
        ready_at: plan.readyAt,
        handover_id: handoverId,
        parcel_code: plan.servicePointId !== null ? newParcelCode() : null,
        total_ore: plan.totalOre,
        decline_reason: null,
        transfer_id: null,
        transfer_ore: null,
        refund_id: null,
        created_at: at,
        updated_at: at,
      });
    }
    await checkouts.insertOrders(orders, trx);
    await checkouts.insertLines(
      planned.flatMap((plan) => plan.lines),
      trx,
    );
    await checkouts.insertEvents(
      orders.map((order) => ({
        id: newId(),
        order_id: order.id,
        from_status: null,
        to_status: status,
        event: 'checkout',
        actor_user_id: request.actor?.user.id ?? null,
        actor_kind: 'customer',
        ...statusEventOrigin(request.origin),
        reason: null,
        at,
      })),
      trx,
    );
    return orders;
  }

  return {
    async checkout(request: CheckoutRequest): Promise<CheckoutCreated & { replayed: boolean }> {
      const { actor, body } = request;
      const scope = actor
        ? `user:${actor.user.id}`
        : request.guestToken
          ? `guest:${hashToken(request.guestToken)}`
          : null;
      const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
      const key = scope !== null ? request.idempotencyKey : null;
      if (key !== null && scope !== null) {
        const existing = await checkouts.findByIdempotencyKey(scope, key);
        if (existing) return { ...(await replay(existing, requestHash)), replayed: true };
      }

      const at = now();
      let result: {
        checkout: CheckoutRow;
        orders: ShopOrderRow[];
        planned: PlannedOrder[];
      };
      try {
        const { basket } = await deps.baskets.resolve(
          { userId: actor?.user.id ?? null, guestToken: request.guestToken },
          { create: false },
        );
        if (!basket) throw new AppError('basket_empty');
        // Read once, outside the transaction: emptying the basket inside it (counting what was
        // removed) proves nobody checked these lines out meanwhile.
        const lines = await deps.baskets.lines(basket.id);
        if (lines.length === 0) throw new AppError('basket_empty');
        requireBuyable(lines);
        const shopIds = [...new Set(lines.map((line) => line.shop_id))];
        const options = new Map(
          await Promise.all(
            shopIds.map(async (shopId) => [shopId, await deps.fulfilment(shopId, at)] as const),
          ),
        );
        if (
          body.payment === 'card' &&
          !(deps.cardPayments && (await deps.cardPayments.availableFor(shopIds)))
        )
          throw new AppError(
            'payment_method_unavailable',
            'Card payment is not available for these shops.',
          );
        const rates = await vatRatesOn(swedishDate(at));
        const recipients =
          body.payment === 'pay_at_pickup' ? await shopRecipients(deps.reader, shopIds) : [];

        const checkoutId = newId();
        const work = async (trx: Knex.Transaction) => {
          const planned = planShopOrders({ lines, fulfilments: body.fulfilments, options, rates });
          const totalOre = planned.reduce((sum, plan) => sum + plan.totalOre, 0);
          const checkout: CheckoutRow = {
            id: checkoutId,
            user_id: actor?.user.id ?? null,
            guest_token_hash: actor || !request.guestToken ? null : hashToken(request.guestToken),
            contact_name: body.contact.name,
            contact_email: body.contact.email,
            contact_phone: body.contact.phone ?? null,
            locale: body.locale ?? actor?.user.locale ?? 'sv',
            payment_method: body.payment,
            status: body.payment === 'card' ? 'awaiting_payment' : 'confirmed',
            total_ore: totalOre,
            idempotency_scope: key !== null ? scope : null,
            idempotency_key: key,
            request_hash: requestHash,
            payment_session_id: null,
            payment_url: null,
            payment_intent_id: null,
            expires_at: body.payment === 'card' ? at + cardPaymentMinutes * 60_000 : null,
            created_at: at,
            updated_at: at,
          };
          // The checkout row first: a second request with the same key waits here for this
          // one, before either has locked any stock.
          await checkouts.insert(checkout, trx);
          // Emptying the basket locks it: a second checkout of the same basket finds it empty.
          const removed = await deps.baskets.clear(
            basket.id,
            lines.map((line) => line.id),
            trx,
          );
          if (removed !== lines.length)
            throw new AppError('basket_changed', 'The basket was checked out already.');
          const { soldOut } = await reserveStock(
            trx,
            lines
              .filter((line) => line.kind === 'good' && Boolean(line.track_stock))
              .map((line) => ({ variantId: line.variant_id, quantity: line.quantity })),
          );
          for (const line of lines.filter((candidate) => candidate.slot_start > 0)) {
            const seats =
              (await takenSeats(trx, line.product_id, [line.slot_start], at)).get(
                line.slot_start,
              ) ?? 0;
            if (seats + line.quantity > (line.slot_capacity ?? 1))
              throw new AppError('slot_unavailable', `${line.title}: the time is no longer free.`);
          }
          await clearStockFlags(
            trx,
            lines
              .filter((line) => soldOut.includes(line.variant_id))
              .map((line) => line.product_id),
          );
          const orders = await insertOrders(trx, checkout, planned, request);
          if (body.payment === 'pay_at_pickup')
            await sendConfirmation(
              trx,
              deps,
              checkout,
              planned.map((plan) => ({
                shopId: plan.shopId,
                lines: plan.lines.map((line) => ({
                  title: line.variant_name ? `${line.title} (${line.variant_name})` : line.title,
                  quantity: line.quantity,
                })),
                shop: plan.shopName,
                totalOre: plan.totalOre,
                place: plan.placeName,
                date: plan.pickupDate ?? swedishDate(plan.readyAt ?? at),
                vat: plan.vat,
              })),
              recipients,
            );
          return { checkout, orders, planned };
        };

        result = await knex.transaction(work);
      } catch (error) {
        // Another request with the same key won the race (it took the basket, or its checkout
        // row came first): answer as it was answered.
        if (
          key !== null &&
          scope !== null &&
          (isUniqueViolation(error) || error instanceof AppError)
        ) {
          const existing = await checkouts.findByIdempotencyKey(scope, key);
          if (existing) return { ...(await replay(existing, requestHash)), replayed: true };
        }
        throw error;
      }

      let paymentUrl: string | null = null;
      if (body.payment === 'card' && deps.cardPayments) {
        const session = await deps.cardPayments
          .start({
            id: result.checkout.id,
            totalOre: result.checkout.total_ore,
            email: result.checkout.contact_email,
            expiresAt: result.checkout.expires_at ?? at + cardPaymentMinutes * 60_000,
            lines: result.planned.flatMap((plan) =>
              plan.lines.map((line) => ({
                name: `${plan.shopName}: ${line.title}${line.variant_name ? ` (${line.variant_name})` : ''}`,
                amountOre: line.unit_price_ore,
                quantity: line.quantity,
              })),
            ),
          })
          .catch(async (error: unknown) => {
            // Nobody can pay it: give the goods back now rather than at the time limit.
            await deps.cardPayments?.release(result.checkout.id, request.origin);
            throw error;
          });
        await knex('checkouts').where({ id: result.checkout.id }).update({
          payment_session_id: session.sessionId,
          payment_url: session.url,
          updated_at: now(),
        });
        paymentUrl = session.url;
      }
      return { ...summaryOf(result.checkout, result.orders, paymentUrl), replayed: false };
    },
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
