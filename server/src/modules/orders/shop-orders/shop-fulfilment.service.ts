import { hasBookedTimeBegun } from '@e-galleria/shared/bookings';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { swedishTimeZone } from '@e-galleria/shared/local-time';
import type { OrderEvent } from '@e-galleria/shared/order-status';
import type { PickList, PickListQuery, ShopOrder } from '@e-galleria/shared/orders';
import type { Transaction } from '../../../db/database.ts';
import { AppError, notFound } from '../../../errors.ts';
import type { RequestOrigin } from '../../../http/request-origin.ts';
import type { Actor } from '../../auth/access.port.ts';
import type { MailService } from '../../mail/mail.service.ts';
import type { CheckoutsRepository } from '../checkouts.repository.ts';
import type { OrderLifecycle } from '../lifecycle/order-lifecycle.service.ts';
import type { OrderViewRow, OrdersRepository } from '../orders.repository.ts';
import type { ShopAccess } from './shop-access.ts';
import {
  enqueueBookingMissed,
  enqueueCancelled,
  enqueueShopPickupReady,
} from './resident-notices.ts';
import { filterOf } from './shop-order-filter.ts';

/** The shop's steps after packing, each for one way of receiving the goods, and a booking's. */
export type FulfilmentEvent =
  'mark_ready' | 'hand_over' | 'collect' | 'confirm_return' | 'perform' | 'no_show';

/**
 * Which ways of receiving an event belongs to: a parcel for a service point is handed over and
 * collected at the counter (the operator's side); goods collected in the shop are made ready
 * and given out by the shop. Returns come back from service points, and from a carrier that
 * could not deliver (decision 0020).
 */
const methodsOf: Record<FulfilmentEvent, readonly string[]> = {
  mark_ready: ['pickup_in_shop'],
  collect: ['pickup_in_shop'],
  hand_over: ['pickup_at_service_point'],
  confirm_return: ['pickup_at_service_point', 'home_delivery'],
  // A booked time is done, or not come to, at the shop (decisions 0067 and 0074).
  perform: ['pickup_in_shop'],
  no_show: ['pickup_in_shop'],
};

/** "2027-03-02 09:00", as the clock in Sweden shows the instant. */
const swedishClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: swedishTimeZone,
  dateStyle: 'short',
  timeStyle: 'short',
});

const pickListOrderLimit = 500;

/** The shop's day: the pick list, handing over, giving out, cancelling and taking back. */
export function createShopFulfilmentService(deps: {
  orders: OrdersRepository;
  checkouts: CheckoutsRepository;
  access: ShopAccess;
  lifecycle: OrderLifecycle;
  mail: MailService;
  publicUrl: string;
  now: () => number;
}) {
  const { orders, access } = deps;

  function refuseOtherMethod(row: OrderViewRow, event: FulfilmentEvent) {
    if (!methodsOf[event].includes(row.fulfilment_method))
      throw new AppError(
        'status_conflict',
        `The order is ${row.status} and goes by ${row.fulfilment_method}; it cannot be ${event} by the shop.`,
      );
  }

  /**
   * A booking's own steps wait for its first booked time, and goods have neither. It is marked
   * done from that time's day (Swedish date), not before: a click a day early told the resident
   * "Utförd" for tomorrow's haircut, and a customer may come early on the day. It is marked
   * "Kom inte" only from the time itself: before it, the customer is not late (decision 0074).
   * Answers the booked times.
   */
  async function refuseBeforeItsTime(
    orderId: string,
    event: 'perform' | 'no_show',
  ): Promise<string[]> {
    const times = await access.bookingTimesOf(orderId);
    const [first] = times ?? [];
    if (times === null || first === undefined)
      throw new AppError(
        'status_conflict',
        event === 'perform'
          ? 'Only an order of booked times is marked done; goods are packed and collected.'
          : 'Only an order of booked times is marked as not come to; goods are cancelled by the shop.',
      );
    if (event === 'no_show' && !hasBookedTimeBegun(times, deps.now()))
      throw new AppError(
        'status_conflict',
        `The booked time begins ${swedishClock.format(Date.parse(first))}, Swedish time; the customer can be marked as not come from then.`,
      );
    const day = swedishDateOf(Date.parse(first));
    if (event === 'perform' && swedishDateOf(deps.now()) < day)
      throw new AppError(
        'status_conflict',
        `The booked time is on ${day}; it can be marked done from that day.`,
      );
    return times;
  }

  async function viewsOf(shopId: string, rows: readonly OrderViewRow[]): Promise<ShopOrder[]> {
    const fresh = await orders.viewsMatching(
      shopId,
      { orderIds: rows.map((row) => row.id) },
      rows.length,
    );
    return access.views(fresh);
  }

  async function fireMany(
    actor: Actor,
    shopId: string,
    rows: readonly OrderViewRow[],
    event: OrderEvent,
    options: { reason?: string; origin: RequestOrigin },
    alongside?: (trx: Transaction) => Promise<void>,
  ) {
    await deps.lifecycle.fire(
      rows.map((row) => ({
        orderId: row.id,
        shopId,
        event,
        by: { userId: actor.user.id, kind: access.shopRoleOf(actor, shopId) },
        ...(options.reason === undefined ? {} : { reason: options.reason }),
        origin: options.origin,
      })),
      alongside,
    );
  }

  return {
    async fire(
      actorOrNull: Actor | null,
      shopId: string,
      orderId: string,
      event: FulfilmentEvent,
      origin: RequestOrigin,
    ): Promise<ShopOrder> {
      const { shop, actor } = await access.loadShop(actorOrNull, shopId, 'shop.orders.manage');
      const row = await access.orderRow(shop.id, orderId);
      refuseOtherMethod(row, event);
      const bookedTimes =
        event === 'perform' || event === 'no_show' ? await refuseBeforeItsTime(row.id, event) : [];
      // The resident's mail, in the step's transaction: told exactly when it is so.
      const notice =
        event === 'mark_ready'
          ? // Goods wait in the shop: where, and when it is open, as from a service point
            // (DESIGN §4).
            (trx: Transaction) => enqueueShopPickupReady(trx, deps, shop, row)
          : event === 'no_show'
            ? // Not "the shop cancelled": the resident missed the time, pays nothing for it,
              // and may book a new one.
              (trx: Transaction) => enqueueBookingMissed(trx, deps, shop, row, bookedTimes)
            : undefined;
      await fireMany(actor, shop.id, [row], event, { origin }, notice);
      return access.shopOrder(shop.id, orderId);
    },

    /** Every parcel given to the driver at once, or none: a half-done handover is confusing. */
    async handOverMany(
      actorOrNull: Actor | null,
      shopId: string,
      orderIds: readonly string[],
      origin: RequestOrigin,
    ): Promise<ShopOrder[]> {
      const { shop, actor } = await access.loadShop(actorOrNull, shopId, 'shop.orders.manage');
      const unique = [...new Set(orderIds)];
      const rows = await orders.viewsMatching(shop.id, { orderIds: unique }, unique.length);
      if (rows.length !== unique.length) throw notFound('The order');
      for (const row of rows) refuseOtherMethod(row, 'hand_over');
      await fireMany(actor, shop.id, rows, 'hand_over', { origin });
      return viewsOf(shop.id, rows);
    },

    /** Before the goods leave the shop: stock back, card refunded, the resident told why. */
    async cancel(
      actorOrNull: Actor | null,
      shopId: string,
      orderId: string,
      reason: string,
      origin: RequestOrigin,
    ): Promise<ShopOrder> {
      const { shop, actor } = await access.loadShop(actorOrNull, shopId, 'shop.orders.manage');
      const row = await access.orderRow(shop.id, orderId);
      await fireMany(actor, shop.id, [row], 'cancel_by_shop', { reason, origin }, (trx) =>
        // The mail is written in the transaction: it exists exactly when the cancellation does.
        enqueueCancelled(trx, deps, row, reason),
      );
      return access.shopOrder(shop.id, orderId);
    },

    /** What to take from the shelves for the chosen orders: one line per variant, summed. */
    async pickList(actor: Actor | null, shopId: string, query: PickListQuery): Promise<PickList> {
      const { shop } = await access.loadShop(actor, shopId, 'shop.orders.read');
      const filter = filterOf(
        query.status === undefined && query.queue === undefined
          ? { ...query, queue: 'to_pack' }
          : query,
      );
      const rows = await orders.viewsMatching(shop.id, filter, pickListOrderLimit);
      const nameOf = new Map(rows.map((row) => [row.id, row.contact_name]));
      const byVariant = new Map<string, PickList['items'][number]>();
      for (const line of await orders.linesOf(rows.map((row) => row.id))) {
        // A booked time is done at its time, not taken from a shelf (decision 0067).
        if (line.slot_start !== null) continue;
        const item = byVariant.get(line.variant_id) ?? {
          productId: line.product_id,
          title: line.title,
          variantName: line.variant_name,
          quantity: 0,
          orders: [],
        };
        item.quantity += line.quantity;
        item.orders.push({
          id: line.order_id,
          customerName: nameOf.get(line.order_id) ?? '',
          quantity: line.quantity,
        });
        byVariant.set(line.variant_id, item);
      }
      const items = [...byVariant.values()].sort(
        (a, b) =>
          a.title.localeCompare(b.title, 'sv') ||
          (a.variantName ?? '').localeCompare(b.variantName ?? '', 'sv'),
      );
      return { items, orderCount: rows.length };
    },
  };
}

export type ShopFulfilmentService = ReturnType<typeof createShopFulfilmentService>;
