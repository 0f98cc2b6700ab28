import type { Knex } from 'knex';
import type { Dialect } from '../../db/database.ts';
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
  dialect: Dialect;
  checkouts: CheckoutRepository;
  baskets: BasketService;
  mail: MailService;
  publicUrl: string;
  now: () => number;
};

/**
 * Everything a checkout writes, in the caller's transaction, once its service times are
 * known to have room: the checkout row, the basket emptied (the number of lines removed
 * proves nobody checked them out meanwhile), stock taken, the orders with their lines, first
 * history rows and mails. Any of them failing rolls back all. Nothing here computes what could
 * have been computed before: the one SQLite writer is held from BEGIN to COMMIT.
 *
 * Runs in `Database.groupedTransaction`, so it may run again (decision 0018): it computes
 * nothing it keeps outside the transaction. On SQLite the writes go to the connection together
 * (decision 0017): the grouped transaction checks foreign keys at COMMIT, so their order does
 * not matter, and the writer waits for one round of the driver's thread pool instead of one
 * per statement. Transactions on the one writer never overlap, so nothing else sees them in
 * between. On PostgreSQL they go one after the other, the checkout row first: a second request
 * with the same key waits on it before it locks any stock.
 */
export async function writeCheckout(
  trx: Knex.Transaction,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
): Promise<ShopOrderRow[]> {
  const { checkout, lines, planned } = prepared;
  await requireFreeSeats(trx, prepared);
  const orders = await orderRowsOf(trx, deps, prepared);
  const status = orders[0]?.status ?? 'placed';
  const steps: (() => Promise<unknown>)[] = [
    () => deps.checkouts.insert(checkout, trx),
    async () => {
      const removed = await deps.baskets.clear(
        prepared.basketId,
        lines.map((line) => line.id),
        trx,
      );
      if (removed !== lines.length)
        throw new AppError('basket_changed', 'The basket was checked out already.');
    },
    async () => {
      const { soldOut } = await reserveStock(
        trx,
        lines
          .filter((line) => line.kind === 'good' && Boolean(line.track_stock))
          .map((line) => ({ variantId: line.variant_id, quantity: line.quantity })),
      );
      await clearStockFlags(
        trx,
        lines.filter((line) => soldOut.includes(line.variant_id)).map((line) => line.product_id),
      );
    },
    () => deps.checkouts.insertOrders(orders, trx),
    () =>
      deps.checkouts.insertLines(
        planned.flatMap((plan) => plan.lines),
        trx,
      ),
    () =>
      deps.checkouts.insertEvents(
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
          at: order.created_at,
        })),
        trx,
      ),
    async () => {
      if (prepared.recipients === null) return;
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
    },
  ];
  if (deps.dialect === 'sqlite') {
    const outcomes = await Promise.allSettled(steps.map((step) => step()));
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  } else for (const step of steps) await step();
  return orders;
}

/**
 * A booked service time must have room for it besides what others booked and hold: counted
 * before this checkout's own lines are written, leaving its own basket's holds out.
 */
async function requireFreeSeats(trx: Knex.Transaction, prepared: PreparedCheckout) {
  const at = prepared.checkout.created_at;
  for (const line of prepared.lines.filter((candidate) => candidate.slot_start > 0)) {
    const taken = await takenSeats(trx, line.product_id, [line.slot_start], at, prepared.basketId);
    if ((taken.get(line.slot_start) ?? 0) + line.quantity > (line.slot_capacity ?? 1))
      throw new AppError('slot_unavailable', `${line.title}: the time is no longer free.`);
  }
}

/**
 * One order row per shop. Orders for the same service point and day join the resident's open
 * handover there (one code for all), or open one: read and written here, before the other
 * writes, as a later checkout's handover lookup must see it.
 */
async function orderRowsOf(
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
  return orders;
}
