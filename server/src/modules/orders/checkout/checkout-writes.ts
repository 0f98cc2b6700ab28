import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { Database, Queryable, Transaction } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import {
  sendParts,
  WriteRefused,
  type PartCheck,
  type WritePart,
} from '../../../db/write-parts.ts';
import { AppError } from '../../../errors.ts';
import type { RequestOrigin } from '../../../http/request-origin.ts';
import type { BasketLine, BasketService } from '../../basket/basket.service.ts';
import type { StockService } from '../../catalogue/stock.service.ts';
import type { MailService } from '../../mail/mail.service.ts';
import type { ShopRecipient } from '../../shops/shop-directory.service.ts';
import type { CheckoutRow, CheckoutsRepository } from '../checkouts.repository.ts';
import type { HandoverPort } from '../handovers.port.ts';
import type { DeliveryNotesPort, HouseholdsPort } from '../home-delivery.port.ts';
import { statusEventOrigin } from '../lifecycle/order-lifecycle.service.ts';
import type { OrdersRepository, ShopOrderRow } from '../orders.repository.ts';
import type { PlannedFulfilment, PlannedOrder } from './checkout-plan.ts';
import { receivingOf } from './checkout-plan.ts';
import { confirmationMails } from './confirmation-mail.ts';
import { newParcelCode } from './parcel-code.ts';

/** A checkout read, checked and priced before its transaction: what the transaction writes. */
export type PreparedCheckout = {
  checkout: CheckoutRow;
  /** Null for an order a shop places by phone: its lines come from no basket. */
  basketId: string | null;
  lines: readonly BasketLine[];
  planned: readonly PlannedOrder[];
  /** The shops' addresses for their new-order notices, when the orders are final now. */
  recipients: readonly ShopRecipient[] | null;
  actorUserId: string | null;
  /** Who the first history row names: the resident, or the shop that took the order by phone. */
  actorKind: 'customer' | 'shop_owner' | 'shop_staff';
  origin: RequestOrigin;
};

export type CheckoutWriteDeps = {
  sendTogether: Database['sendTogether'];
  checkouts: CheckoutsRepository;
  orders: OrdersRepository;
  baskets: BasketService;
  stock: StockService;
  handovers: HandoverPort;
  households: HouseholdsPort;
  deliveryNotes: DeliveryNotesPort;
  mail: MailService;
  publicUrl: string;
  now: () => number;
};

/**
 * The order's columns for how it is received: one case per method. `pickup_date` is the day
 * the resident gets the goods: from the service point, or at the door.
 */
function fulfilmentColumnsOf(fulfilment: PlannedFulfilment): {
  service_point_id: string | null;
  pickup_date: string | null;
  ready_at: number | null;
} {
  switch (fulfilment.method) {
    case 'pickup_in_shop':
      return { service_point_id: null, pickup_date: null, ready_at: fulfilment.readyAt };
    case 'pickup_at_service_point':
      return {
        service_point_id: fulfilment.servicePoint.id,
        pickup_date: fulfilment.date,
        ready_at: null,
      };
    case 'home_delivery':
      return { service_point_id: null, pickup_date: fulfilment.date, ready_at: null };
  }
}

/** Cool bags for a delivery: one for chilled goods, one for frozen (kept apart, DESIGN §6). */
function coolBagsOf(lines: readonly { storage_class: string }[]): number {
  const cold = new Set(
    lines.map((line) => line.storage_class).filter((storage) => storage !== 'ambient'),
  );
  return cold.size;
}

/**
 * Everything a checkout writes, in the caller's transaction, once its service times are
 * known to have room: stock taken, the checkout row, the basket emptied (the number of lines
 * removed proves nobody checked them out meanwhile), the orders with their lines, first
 * history rows and mails. Any of them failing rolls back all. Nothing here computes what could
 * have been computed before: the one SQLite writer is held from BEGIN to COMMIT.
 *
 * Runs in `Database.groupedTransaction`, so it may run again (decision 0018): it computes
 * nothing it keeps outside the transaction. The writes are parts of one `sendParts`
 * (decision 0052). On PostgreSQL that is ONE statement, whose parts run in order: stock
 * first, its rows locked in id order, then the checkout row before the basket's lines, so a
 * second request with the same key waits on the stock or, for goods without tracked stock, on
 * the unique index before it touches the basket, and no two checkouts wait on each other in a
 * circle. On SQLite the parts go to the writer together (decision 0017): the grouped
 * transaction checks foreign keys at COMMIT, so their order does not matter. The refusals
 * (basket checked out meanwhile, too little stock) are the statement's own checks, so a
 * checkout that writes nothing else needs no transaction on PostgreSQL
 * (`writeCheckoutStatement`, decision 0055).
 */
export async function writeCheckout(
  trx: Transaction,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
): Promise<ShopOrderRow[]> {
  await requireFreeSeats(trx, deps, prepared);
  const orders = await orderRowsOf(trx, deps, prepared);
  await deps.sendTogether([
    () => sendCheckoutParts(trx, deps, prepared, orders),
    () => openDeliveryNotes(trx, deps, prepared),
  ]);
  return orders;
}

/**
 * Whether a checkout writes nothing but its one `sendParts` (decision 0055): goods picked up
 * in the shop, so no service time to count, no handover to join and no delivery note to open.
 */
export function isOneStatementCheckout(prepared: PreparedCheckout): boolean {
  return (
    prepared.checkout.household_id === null &&
    prepared.lines.every((line) => line.slot_start <= 0) &&
    prepared.planned.every((plan) => plan.fulfilment.method === 'pickup_in_shop')
  );
}

/**
 * `writeCheckout` for a checkout `isOneStatementCheckout` says is one statement, through
 * `Database.statementWrite`: on PostgreSQL without a transaction, its refusals the
 * statement's own.
 */
export async function writeCheckoutStatement(
  db: Queryable,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
): Promise<ShopOrderRow[]> {
  const orders = await orderRowsOf(null, deps, prepared);
  await sendCheckoutParts(db, deps, prepared, orders);
  return orders;
}

async function sendCheckoutParts(
  db: Queryable,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
  orders: readonly ShopOrderRow[],
): Promise<void> {
  const { checkout, lines, planned, basketId } = prepared;
  const status = orders[0]?.status ?? 'placed';
  const taking = deps.stock.takingPart(
    db,
    lines
      .filter((line) => line.kind === 'good' && line.track_stock)
      .map((line) => ({
        productId: line.product_id,
        variantId: line.variant_id,
        quantity: line.quantity,
      })),
  );
  const parts: WritePart[] = [];
  const checks: PartCheck[] = [];
  // First: its rows are locked before the checkout's other writes (see above).
  const takenAt = taking ? parts.push(taking.part) - 1 : null;
  parts.push(deps.checkouts.insertPart(checkout, db));
  if (basketId !== null)
    // The basket checked out by another request says more than the stock it then took: checked first.
    checks.push({
      part:
        parts.push(
          deps.baskets.clearPart(
            basketId,
            lines.map((line) => line.id),
            db,
          ),
        ) - 1,
      rows: lines.length,
      refusal: 'basket_changed',
    });
  if (taking && takenAt !== null) checks.push(taking.check(takenAt));
  parts.push(
    ...deps.orders.checkoutOrderParts(
      {
        orders,
        lines: planned.flatMap((plan) => plan.lines),
        charges: planned.flatMap((plan) => plan.charges),
        events: orders.map((order) => ({
          id: newId(),
          order_id: order.id,
          from_status: null,
          to_status: status,
          event: 'checkout',
          actor_user_id: prepared.actorUserId,
          actor_kind: prepared.actorKind,
          ...statusEventOrigin(prepared.origin),
          reason: null,
          at: order.created_at,
        })),
      },
      db,
    ),
    ...(prepared.recipients === null
      ? []
      : deps.mail.enqueueParts(confirmationOf(deps, prepared, prepared.recipients), db)),
  );
  // Last, as the statement after the others took these rows' locks before.
  if (taking?.flagsPart) parts.push(taking.flagsPart);
  let results;
  try {
    results = await sendParts(db, parts, checks);
  } catch (error) {
    if (!(error instanceof WriteRefused)) throw error;
    throw error.refusal === 'basket_changed'
      ? new AppError('basket_changed', 'The basket was checked out already.')
      : new AppError('out_of_stock', 'Not enough left of an item in the basket.');
  }
  if (taking && takenAt !== null) await taking.settle(results[takenAt]?.rows ?? []);
}

/** The confirmation and the shops' notices of a checkout whose orders are final now. */
function confirmationOf(
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
  recipients: readonly ShopRecipient[],
) {
  return confirmationMails(
    deps,
    prepared.checkout,
    prepared.planned.map((plan) => ({
      shopId: plan.shopId,
      lines: plan.lines.map((line) => ({
        title: line.variant_name ? `${line.title} (${line.variant_name})` : line.title,
        quantity: line.quantity,
      })),
      shop: plan.shopName,
      totalOre: plan.totalOre,
      fulfilment: receivingOf(plan),
      date:
        plan.fulfilment.method === 'pickup_in_shop'
          ? swedishDateOf(plan.fulfilment.readyAt)
          : plan.fulfilment.date,
      vat: plan.vat,
    })),
    recipients,
  );
}

/**
 * Each home-delivered order's household (the resident's own, or one made from the address)
 * and its delivery note, through the households and deliveries modules (decision 0020).
 */
async function openDeliveryNotes(
  trx: Transaction,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
) {
  const { checkout } = prepared;
  for (const plan of prepared.planned) {
    const { fulfilment } = plan;
    if (fulfilment.method !== 'home_delivery') continue;
    // An order by phone names its household already; a checkout finds or makes it.
    const householdId =
      checkout.household_id ??
      (
        await deps.households.forCheckout(trx, {
          municipalityId: fulfilment.municipalityId,
          userId: checkout.user_id,
          name: checkout.contact_name,
          email: checkout.contact_email,
          address: fulfilment.address,
          at: checkout.created_at,
        })
      ).householdId;
    await deps.deliveryNotes.open(trx, {
      orderId: plan.id,
      municipalityId: fulfilment.municipalityId,
      shopId: plan.shopId,
      householdId,
      zoneId: fulfilment.zoneId,
      date: fulfilment.date,
      recipientName: checkout.contact_name,
      address: fulfilment.address,
      feeOre: fulfilment.feeOre,
      isSubsidised: fulfilment.isSubsidised,
      coolBags: coolBagsOf(plan.lines),
      // Paid at the door unless paid by card.
      collectOre: checkout.payment_method === 'pay_at_pickup' ? plan.totalOre : 0,
      at: checkout.created_at,
    });
  }
}

/**
 * A booked service time must have room for it besides what others booked and hold: counted
 * before this checkout's own lines are written, leaving its own basket's holds out.
 */
async function requireFreeSeats(
  trx: Transaction,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
) {
  const at = prepared.checkout.created_at;
  for (const line of prepared.lines.filter((candidate) => candidate.slot_start > 0)) {
    const taken = await deps.baskets.takenSeats(
      line.product_id,
      [line.slot_start],
      at,
      prepared.basketId ?? '',
      trx,
    );
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
  /** Null outside a transaction: then no order may be at a service point. */
  trx: Transaction | null,
  deps: CheckoutWriteDeps,
  prepared: PreparedCheckout,
): Promise<ShopOrderRow[]> {
  const { checkout, planned } = prepared;
  const at = deps.now();
  const status = checkout.payment_method === 'card' ? 'awaiting_payment' : 'placed';
  const orders: ShopOrderRow[] = [];
  for (const plan of planned) {
    const { fulfilment } = plan;
    const atServicePoint = fulfilment.method === 'pickup_at_service_point';
    if (atServicePoint && trx === null)
      throw new Error('An order at a service point joins its handover in a transaction.');
    orders.push({
      id: plan.id,
      checkout_id: checkout.id,
      shop_id: plan.shopId,
      user_id: checkout.user_id,
      status,
      fulfilment_method: fulfilment.method,
      ...fulfilmentColumnsOf(fulfilment),
      handover_id:
        atServicePoint && trx !== null
          ? await deps.handovers.joinOrOpen(trx, {
              servicePointId: fulfilment.servicePoint.id,
              pickupDate: fulfilment.date,
              contactEmail: checkout.contact_email,
              userId: checkout.user_id,
              at,
            })
          : null,
      // A parcel leaving the shop carries a code: on the service point's shelf, on the delivery note.
      parcel_code: fulfilment.method === 'pickup_in_shop' ? null : newParcelCode(),
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
