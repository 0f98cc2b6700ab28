import { createHash } from 'node:crypto';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { CheckoutBody, CheckoutCreated } from '@e-galleria/shared/checkout';
import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import { isUniqueViolation } from '../../../db/constraint-errors.ts';
import type { Database } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { AppError } from '../../../errors.ts';
import type { RequestOrigin } from '../../../http/request-origin.ts';
import type { Actor } from '../../auth/access.port.ts';
import { hashToken } from '../../auth/secret-tokens.port.ts';
import type { BasketLine } from '../../basket/basket.service.ts';
import type { VatRatesService } from '../../catalogue/vat-rates.service.ts';
import type { FulfilmentService } from '../../fulfilment/fulfilment.service.ts';
import type { ShopDirectory } from '../../shops/shop-directory.service.ts';
import type { HomeDeliveryOffers } from '../home-delivery.port.ts';
import type { ShopOrderRow } from '../orders.repository.ts';
import { replayCheckout, summaryOf } from './checkout-summary.ts';
import type { CardPayments } from './card-payments.ts';
import { checkoutTotalOf, planShopOrders, type CheckoutOption } from './checkout-plan.ts';
import {
  isOneStatementCheckout,
  writeCheckout,
  writeCheckoutStatement,
  type CheckoutWriteDeps,
  type PreparedCheckout,
} from './checkout-writes.ts';

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
export function createCheckoutService(
  deps: CheckoutWriteDeps & {
    /** For the checkout's writes: many checkouts at once share SQLite's transactions. */
    groupedTransaction: Database['groupedTransaction'];
    /** For a checkout whose writes are one statement: on PostgreSQL, no BEGIN and COMMIT. */
    statementWrite: Database['statementWrite'];
    /** The ways shops offer now; with the resident's choice, only that one is looked up. */
    fulfilmentOptions: FulfilmentService['optionsForShops'];
    /** The shops' pickup settings as a read to send with others (`readTogether`). */
    fulfilmentShops: FulfilmentService['shopsRead'];
    readTogether: Database['readTogether'];
    vatRates: VatRatesService;
    homeDelivery: HomeDeliveryOffers;
    shops: ShopDirectory;
    cardPayments: CardPayments | null;
  },
) {
  const { checkouts, now } = deps;

  /**
   * Every line must be buyable as the basket shows it, or the resident looks again. A slot
   * whose hold ran out is still bought if its places are free: the transaction counts them.
   */
  function requireBuyable(lines: readonly BasketLine[]) {
    for (const line of lines) {
      const problem = deps.baskets.problemOf(line, now());
      if (problem === 'out_of_stock' || problem === 'not_enough_stock')
        throw new AppError('out_of_stock', `Not enough left of ${line.title}.`);
      if (problem !== null && problem !== 'hold_expired')
        throw new AppError('basket_changed', `${line.title}: ${problem}.`);
    }
  }

  /**
   * Everything a checkout reads and computes, before its transaction: the basket (read once,
   * outside: emptying it inside, counting what was removed, proves nobody checked these lines
   * out meanwhile), the chosen ways to receive the goods, the prices, VAT and mail addresses.
   */
  async function prepare(
    request: CheckoutRequest,
    context: { at: number; scope: string | null; key: string | null; requestHash: string },
  ): Promise<PreparedCheckout> {
    const { actor, body } = request;
    const { at } = context;
    const lines = await deps.baskets.checkoutLines({
      userId: actor?.user.id ?? null,
      guestToken: request.guestToken,
    });
    const basketId = lines[0]?.basket_id;
    if (basketId === undefined) throw new AppError('basket_empty');
    requireBuyable(lines);
    const shopIds = [...new Set(lines.map((line) => line.shop_id))];
    const chosen = (shopId: string) => body.fulfilments.find((choice) => choice.shopId === shopId);
    const homeDelivered = async (shopId: string, address: DeliveryAddress) => {
      const offer = await deps.homeDelivery.offerFor(shopId, address, at);
      const isApproved = await deps.households.isApproved({
        municipalityId: offer.municipalityId,
        userId: actor?.user.id ?? null,
      });
      return [shopId, [{ method: 'home_delivery' as const, offer, isApproved }]] as const;
    };
    // The shops picked up from are read at once: one statement for them all (decision 0052).
    const pickedUp = shopIds.filter((shopId) => chosen(shopId)?.method !== 'home_delivery');
    const byCard = body.payment === 'card';
    // A card checkout is confirmed, and its shops told, once it is paid. Otherwise their
    // addresses come in the same statement as their pickup settings (decision 0055).
    const [pickupShops, recipients] = byCard
      ? [undefined, null]
      : pickedUp.length === 0
        ? [undefined, await deps.shops.noticeRecipients(shopIds)]
        : await deps.readTogether([
            deps.fulfilmentShops(pickedUp),
            deps.shops.noticeRecipientsRead(shopIds),
          ]);
    const [pickupOptions, deliveryOptions] = await Promise.all([
      pickedUp.length > 0
        ? deps.fulfilmentOptions(
            pickedUp.map((shopId) => ({ shopId, chosen: chosen(shopId) })),
            at,
            pickupShops,
          )
        : new Map<string, CheckoutOption[]>(),
      Promise.all(
        shopIds.flatMap((shopId) => {
          const choice = chosen(shopId);
          return choice?.method === 'home_delivery' ? [homeDelivered(shopId, choice.address)] : [];
        }),
      ),
    ]);
    const options = new Map<string, readonly CheckoutOption[]>([
      ...pickupOptions,
      ...deliveryOptions,
    ]);
    if (
      body.payment === 'card' &&
      !(deps.cardPayments && (await deps.cardPayments.availableFor(shopIds)))
    )
      throw new AppError(
        'payment_method_unavailable',
        'Card payment is not available for these shops.',
      );
    const rates = await deps.vatRates.ratesOn(swedishDateOf(at));
    const planned = planShopOrders({ lines, fulfilments: body.fulfilments, options, rates });
    return {
      checkout: {
        id: newId(),
        user_id: actor?.user.id ?? null,
        guest_token_hash: actor || !request.guestToken ? null : hashToken(request.guestToken),
        contact_name: body.contact.name,
        contact_email: body.contact.email,
        contact_phone: body.contact.phone ?? null,
        locale: body.locale ?? actor?.user.locale ?? 'sv',
        payment_method: body.payment,
        status: byCard ? 'awaiting_payment' : 'confirmed',
        total_ore: checkoutTotalOf(planned, 'basket'),
        idempotency_scope: context.key !== null ? context.scope : null,
        idempotency_key: context.key,
        request_hash: context.requestHash,
        payment_session_id: null,
        payment_url: null,
        payment_intent_id: null,
        expires_at: byCard ? at + cardPaymentMinutes * 60_000 : null,
        placed_by_user_id: null,
        placed_by_shop_id: null,
        placed_by_name: null,
        household_id: null,
        created_at: at,
        updated_at: at,
      },
      basketId,
      lines,
      planned,
      recipients,
      actorUserId: actor?.user.id ?? null,
      actorKind: 'customer',
      origin: request.origin,
    };
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
        if (existing)
          return { ...(await replayCheckout(deps.orders, existing, requestHash)), replayed: true };
      }

      const at = now();
      let result: { prepared: PreparedCheckout; orders: ShopOrderRow[] };
      try {
        const prepared = await prepare(request, { at, scope, key, requestHash });
        const orders = isOneStatementCheckout(prepared)
          ? await deps.statementWrite((db) => writeCheckoutStatement(db, deps, prepared))
          : await deps.groupedTransaction((trx) => writeCheckout(trx, deps, prepared));
        result = { prepared, orders };
      } catch (error) {
        // Another request with the same key won the race (it took the basket, or its checkout
        // row came first): answer as it was answered.
        if (
          key !== null &&
          scope !== null &&
          (isUniqueViolation(error) || error instanceof AppError)
        ) {
          const existing = await checkouts.findByIdempotencyKey(scope, key);
          if (existing)
            return {
              ...(await replayCheckout(deps.orders, existing, requestHash)),
              replayed: true,
            };
        }
        throw error;
      }

      const { checkout, planned } = result.prepared;
      let paymentUrl: string | null = null;
      if (body.payment === 'card' && deps.cardPayments) {
        const session = await deps.cardPayments
          .start({
            id: checkout.id,
            totalOre: checkout.total_ore,
            email: checkout.contact_email,
            expiresAt: checkout.expires_at ?? at + cardPaymentMinutes * 60_000,
            lines: planned.flatMap((plan) => [
              ...plan.lines.map((line) => ({
                name: `${plan.shopName}: ${line.title}${line.variant_name ? ` (${line.variant_name})` : ''}`,
                amountOre: line.unit_price_ore,
                quantity: line.quantity,
              })),
              ...plan.charges.map((charge) => ({
                name: `${plan.shopName}: ${charge.title}`,
                amountOre: charge.amount_ore,
                quantity: 1,
              })),
            ]),
          })
          .catch(async (error: unknown) => {
            // Nobody can pay it: give the goods back now rather than at the time limit.
            await deps.cardPayments?.release(checkout.id, request.origin);
            throw error;
          });
        await checkouts.setPaymentSession(checkout.id, session, now());
        paymentUrl = session.url;
      }
      return { ...summaryOf(checkout, result.orders, paymentUrl), replayed: false };
    },
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
