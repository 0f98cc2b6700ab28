import { createHash } from 'node:crypto';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type {
  AssistedOrderBody,
  CheckoutCreated,
  FulfilmentChoice,
} from '@e-galleria/shared/checkout';
import type { Database, TransactionRunner } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { AppError } from '../../../errors.ts';
import type { RequestOrigin } from '../../../http/request-origin.ts';
import type { Actor } from '../../auth/access.port.ts';
import type { BasketLine } from '../../basket/basket.service.ts';
import type { VatRatesService } from '../../catalogue/vat-rates.service.ts';
import type { FulfilmentService } from '../../fulfilment/fulfilment.service.ts';
import type { ShopDirectory } from '../../shops/shop-directory.service.ts';
import type { AssistedHousehold, HomeDeliveryOffers } from '../home-delivery.port.ts';
import type { ShopAccess } from '../shop-orders/shop-access.ts';
import { checkoutTotalOf, planShopOrders, type CheckoutOption } from './checkout-plan.ts';
import { replayCheckout, summaryOf } from './checkout-summary.ts';
import { writeCheckout, type CheckoutWriteDeps } from './checkout-writes.ts';

export type AssistedOrderRequest = {
  actor: Actor | null;
  shopId: string;
  idempotencyKey: string | null;
  origin: RequestOrigin;
  body: AssistedOrderBody;
};

function invalidItems(message: string): AppError {
  return new AppError('validation_failed', message, {
    fieldErrors: [{ field: 'items', code: 'invalid', message }],
  });
}

/**
 * An order a shop takes by phone (issue 13, assisted ordering): staff pick the household and
 * the shop's own goods, and the order is written as a checkout would write it — the same
 * prices, stock, fulfilment and delivery note — for that household, paid when it is delivered
 * or collected. The history names the staff member and the shop; a household with an account
 * finds the order among its own.
 */
export function createAssistedCheckoutService(
  deps: CheckoutWriteDeps & {
    transaction: TransactionRunner;
    groupedTransaction: Database['groupedTransaction'];
    fulfilmentOptions: FulfilmentService['optionsForShop'];
    vatRates: VatRatesService;
    homeDelivery: HomeDeliveryOffers;
    shops: ShopDirectory;
    access: ShopAccess;
  },
) {
  const { checkouts, now } = deps;

  /** The shop's own goods, each buyable now in the quantity asked; services are booked online. */
  function requireShopGoods(shopId: string, lines: readonly BasketLine[], asked: number) {
    if (lines.length !== asked) throw invalidItems('A product is not in the catalogue.');
    for (const line of lines) {
      if (line.shop_id !== shopId) throw invalidItems(`${line.title} is another shop's.`);
      if (line.kind !== 'good')
        throw invalidItems(`${line.title} is a service: the resident books a time online.`);
      const problem = deps.baskets.problemOf(line, now());
      if (problem === 'out_of_stock' || problem === 'not_enough_stock')
        throw new AppError('out_of_stock', `Not enough left of ${line.title}.`);
      if (problem !== null) throw invalidItems(`${line.title} cannot be ordered now.`);
    }
  }

  /** The resident's choice as a checkout's, the household's address for home delivery. */
  function choiceOf(
    shopId: string,
    fulfilment: AssistedOrderBody['fulfilment'],
    household: AssistedHousehold,
  ): FulfilmentChoice {
    switch (fulfilment.method) {
      case 'home_delivery':
        return { shopId, method: 'home_delivery', address: household.address };
      case 'pickup_at_service_point':
        return { shopId, ...fulfilment };
      case 'pickup_in_shop':
        return { shopId, method: 'pickup_in_shop' };
    }
  }

  async function optionsFor(
    choice: FulfilmentChoice,
    household: AssistedHousehold,
    at: number,
  ): Promise<readonly CheckoutOption[]> {
    if (choice.method !== 'home_delivery') return deps.fulfilmentOptions(choice.shopId, at, choice);
    const offer = await deps.homeDelivery.offerFor(choice.shopId, choice.address, at);
    return [{ method: 'home_delivery', offer, isApproved: household.isApproved }];
  }

  return {
    async place(request: AssistedOrderRequest): Promise<CheckoutCreated & { replayed: boolean }> {
      const { shopId, body } = request;
      const { shop, actor } = await deps.shops.authorized(
        request.actor,
        shopId,
        'shop.orders.manage',
      );
      // The staff member's keys; the shop is in the hash, so a key reused elsewhere is refused.
      const scope = `assisted:${actor.user.id}`;
      const key = request.idempotencyKey;
      const requestHash = createHash('sha256')
        .update(JSON.stringify({ shopId, body }))
        .digest('hex');
      if (key !== null) {
        const existing = await checkouts.findByIdempotencyKey(scope, key);
        if (existing)
          return { ...(await replayCheckout(deps.orders, existing, requestHash)), replayed: true };
      }

      const at = now();
      const household = await deps.transaction((trx) =>
        deps.households.forAssistedCheckout(trx, {
          householdId: body.householdId,
          municipalityId: shop.municipality_id,
          at,
        }),
      );
      // The counter joins a resident's parcels for a day by e-mail: without one, a parcel would
      // share a code with strangers'. Such households get their goods at the door or the shop.
      if (household.email === null && body.fulfilment.method === 'pickup_at_service_point')
        throw new AppError(
          'validation_failed',
          'A household without e-mail collects in the shop or gets home delivery.',
          {
            fieldErrors: [
              { field: 'fulfilment.method', code: 'needs_email', message: 'No e-mail.' },
            ],
          },
        );
      const lines = await deps.baskets.linesForVariants(body.items);
      requireShopGoods(shopId, lines, body.items.length);
      const choice = choiceOf(shopId, body.fulfilment, household);
      const options = new Map([[shopId, await optionsFor(choice, household, at)]]);
      const rates = await deps.vatRates.ratesOn(swedishDateOf(at));
      const planned = planShopOrders({ lines, fulfilments: [choice], options, rates });
      const checkout = {
        id: newId(),
        user_id: household.userId,
        guest_token_hash: null,
        contact_name: household.name,
        contact_email: household.email ?? '',
        contact_phone: household.address.phone,
        locale: body.locale ?? 'sv',
        payment_method: 'pay_at_pickup' as const,
        status: 'confirmed' as const,
        total_ore: checkoutTotalOf(planned, 'items'),
        idempotency_scope: key !== null ? scope : null,
        idempotency_key: key,
        request_hash: requestHash,
        payment_session_id: null,
        payment_url: null,
        payment_intent_id: null,
        expires_at: null,
        placed_by_user_id: actor.user.id,
        placed_by_shop_id: shopId,
        placed_by_name: actor.user.name,
        household_id: household.householdId,
        created_at: at,
        updated_at: at,
      };
      try {
        const orders = await deps.groupedTransaction((trx) =>
          writeCheckout(trx, deps, {
            checkout,
            basketId: null,
            lines,
            planned,
            // The shop took the order itself: only the resident is told.
            recipients: [],
            actorUserId: actor.user.id,
            actorKind: deps.access.shopRoleOf(actor, shopId),
            origin: request.origin,
          }),
        );
        return { ...summaryOf(checkout, orders, null), replayed: false };
      } catch (error) {
        // The same order sent twice at once: the first one's answer.
        const existing = key !== null && (await checkouts.findByIdempotencyKey(scope, key));
        if (existing)
          return { ...(await replayCheckout(deps.orders, existing, requestHash)), replayed: true };
        throw error;
      }
    },
  };
}

export type AssistedCheckoutService = ReturnType<typeof createAssistedCheckoutService>;
