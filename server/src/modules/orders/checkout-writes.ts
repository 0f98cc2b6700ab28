import type { Knex } from 'knex';
import { newId } from '../../db/ids.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';
import { AppError } from '../../errors.ts';
import type { BasketLineRow } from '../basket/basket.repository.ts';
import type { BasketService } from '../basket/basket.service.ts';
import { takenSeats } from '../basket/slot-seats.ts';
import { swedishDate } from '../catalogue/product-derivations.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { CheckoutRepository, CheckoutRow, ShopOrderRow } from './checkout.repository.ts';
import type { PlannedOrder } from './checkout-plan.ts';
import { sendConfirmation, type ShopRecipient } from './confirmation-mail.ts';
import { statusEventOrigin } from './order-transitions.ts';
import { newParcelCode, newPickupCode } from './pickup-code.ts';
import { clearStockFlags, reserveStock } from './stock.ts';

/** A checkout read, checked and priced before its transaction: what the transaction writes. */
export type PreparedCheckout = {
  checkout: CheckoutRow;
  basketId: string;
  lines: readonly BasketLineRow[];
  planned: readonly PlannedOrder[];
  /** The shops' addresses for their new-order notices, when the orders are final now. */
  recipients: readonly ShopRecipient[] | null;
  actorUserId: string | null;
  origin: RequestOrigin;
};

export type CheckoutWriteDeps = {
  checkouts: CheckoutRepository;
  baskets: BasketService;
  mail: MailService;
  publicUrl: string;
  now: () => number;
};

/**
 * Everything a checkout writes, in the caller's transaction, in an order that makes races
 * harmless: the checkout row first (a second request with the same key waits on it before
 * either locks stock), then the basket emptied (a second checkout of the same basket finds it
 * empty), then stock and service places taken, then the orders, their history and the mails.
 * Nothing here computes what could have been computed before: the one SQLite writer is held
 * from BEGIN to COMMIT.
 */
export async function writeCheckout(
  trx: Knex.Transaction,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
): Promise<ShopOrderRow[]> {
  const { checkout, lines, planned } = prepared;
  await deps.checkouts.insert(checkout, trx);
  const removed = await deps.baskets.clear(
    prepared.basketId,
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
      (await takenSeats(trx, line.product_id, [line.slot_start], checkout.created_at)).get(
        line.slot_start,
      ) ?? 0;
    if (seats + line.quantity > (line.slot_capacity ?? 1))
      throw new AppError('slot_unavailable', `${line.title}: the time is no longer free.`);
  }
  await clearStockFlags(
    trx,
    lines.filter((line) => soldOut.includes(line.variant_id)).map((line) => line.product_id),
  );
  const orders = await insertOrders(trx, deps, prepared);
  if (prepared.recipients !== null)
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
        date: plan.pickupDate ?? swedishDate(plan.readyAt ?? checkout.created_at),
        vat: plan.vat,
      })),
      prepared.recipients,
    );
  return orders;
}

/**
 * One order per shop, each with its lines and first history row. Orders for the same service
 * point and day join the resident's open handover there (one code for all), or open one.
 */
async function insertOrders(
  trx: Knex.Transaction,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
): Promise<ShopOrderRow[]> {
  const { checkout, planned } = prepared;
  const { checkouts } = deps;
  const at = deps.now();
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
        while (await checkouts.isCodeTaken(plan.servicePointId, code, trx)) code = newPickupCode();
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
      transfer_reversal_id: null,
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
      actor_user_id: prepared.actorUserId,
      actor_kind: 'customer',
      ...statusEventOrigin(prepared.origin),
      reason: null,
      at,
    })),
    trx,
  );
  return orders;
}
