import type { Knex } from 'knex';
import type { CheckoutDetail, MyCheckoutListQuery } from '@e-galleria/shared/checkout';
import type { ListResponse } from '@e-galleria/shared/lists';
import type { ShopOrder, ShopOrderListQuery } from '@e-galleria/shared/orders';
import { vatPerRate } from '@e-galleria/shared/vat';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { hashToken } from '../auth/session-tokens.ts';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';
import type { ProductsRepository } from '../catalogue/products.repository.ts';
import type { CheckoutRepository, CheckoutRow } from './checkout.repository.ts';
import {
  checkoutHeadOf,
  eventsByOrder,
  linesByOrder,
  toOrderDetail,
  toShopOrder,
} from './order-views.ts';
import { createShopAccess } from './shop-access.ts';
import { filterOf } from './shop-order-filter.ts';
import { timelinesOf } from './order-timeline.ts';
import type { OrdersRepository } from './orders.repository.ts';
import type { OrderMoney } from './order-money.ts';
import { applyTransition } from './order-transitions.ts';

/** A shop's orders and their status changes; a resident's own checkouts. */
export function createOrdersService(deps: {
  knex: Knex;
  orders: OrdersRepository;
  checkouts: CheckoutRepository;
  products: ProductsRepository;
  money: OrderMoney;
  now: () => number;
}) {
  const { knex, orders } = deps;

  const access = createShopAccess({ products: deps.products, orders });
  const { shopOrder } = access;
  const loadShop = async (
    actor: Actor | null,
    shopId: string,
    action: 'shop.orders.read' | 'shop.orders.manage',
  ) => (await access.loadShop(actor, shopId, action)).shop;

  /** A checkout for the resident who placed it, or the guest holding its basket cookie. */
  async function ownCheckout(actor: Actor | null, guestToken: string | null, checkoutId: string) {
    const checkout = await deps.checkouts.find(checkoutId);
    const mine =
      checkout !== undefined &&
      ((actor !== null && checkout.user_id === actor.user.id) ||
        (guestToken !== null && checkout.guest_token_hash === hashToken(guestToken)));
    // Someone else's checkout answers as missing: ids never tell what exists.
    if (!checkout || !mine) throw notFound('The order');
    return checkout;
  }

  /**
   * Checkouts as their resident reads them, each with its shops' orders, lines and timelines:
   * four statements however many checkouts.
   */
  async function detailsOf(checkouts: readonly CheckoutRow[]): Promise<CheckoutDetail[]> {
    const rows = await orders.viewsOfCheckouts(checkouts.map((checkout) => checkout.id));
    const orderIds = rows.map((row) => row.id);
    const [lineRows, eventRows] = await Promise.all([
      orders.linesOf(orderIds),
      orders.eventsOf(orderIds),
    ]);
    const lines = linesByOrder(lineRows);
    const timelines = timelinesOf(eventRows);
    return checkouts.map((checkout) => {
      const details = rows
        .filter((row) => row.checkout_id === checkout.id)
        .map((row) => ({
          ...toOrderDetail(row, lines.get(row.id) ?? []),
          timeline: timelines.get(row.id) ?? [],
        }));
      return {
        checkout: {
          ...checkoutHeadOf(
            checkout,
            checkout.status === 'awaiting_payment' ? checkout.payment_url : null,
          ),
          contact: {
            name: checkout.contact_name,
            email: checkout.contact_email,
            phone: checkout.contact_phone,
          },
          createdAt: new Date(checkout.created_at).toISOString(),
          vat: vatPerRate(
            details.flatMap((order) =>
              order.lines.map((line) => ({
                grossOre: line.lineTotalOre,
                rateBasisPoints: line.vatRateBasisPoints,
              })),
            ),
          ),
          orders: details,
        },
      };
    });
  }

  async function checkoutFor(
    actor: Actor | null,
    guestToken: string | null,
    checkoutId: string,
  ): Promise<CheckoutDetail> {
    const [detail] = await detailsOf([await ownCheckout(actor, guestToken, checkoutId)]);
    if (!detail) throw notFound('The order');
    return detail;
  }

  return {
    async listForShop(
      actor: Actor | null,
      shopId: string,
      query: ShopOrderListQuery,
    ): Promise<ListResponse<ShopOrder>> {
      const shop = await loadShop(actor, shopId, 'shop.orders.read');
      const cursor = decodeCursor(query.cursor, 'created');
      const rows = await orders.viewsOfShop(
        shop.id,
        {
          ...filterOf(query),
          before: cursor ? { at: cursor.key, id: cursor.id } : null,
        },
        query.limit,
      );
      const page = rows.slice(0, query.limit);
      const ids = page.map((row) => row.id);
      const lines = linesByOrder(await orders.linesOf(ids));
      const events = eventsByOrder(await orders.eventsOf(ids));
      const last = page.at(-1);
      return {
        items: page.map((row) =>
          toShopOrder(row, lines.get(row.id) ?? [], events.get(row.id) ?? []),
        ),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'created', key: last.created_at, id: last.id })
            : null,
      };
    },

    async getForShop(actor: Actor | null, shopId: string, orderId: string): Promise<ShopOrder> {
      const shop = await loadShop(actor, shopId, 'shop.orders.read');
      return shopOrder(shop.id, orderId);
    },

    async fireForShop(
      actor: Actor | null,
      shopId: string,
      orderId: string,
      event: 'accept' | 'decline' | 'pack',
      options: { reason?: string; origin: RequestOrigin },
    ): Promise<ShopOrder> {
      const shop = await loadShop(actor, shopId, 'shop.orders.manage');
      const current = await shopOrder(shop.id, orderId);
      if (!actor) throw new AppError('unauthenticated');
      await knex.transaction((trx) =>
        applyTransition(trx, deps, {
          orderId: current.id,
          shopId: shop.id,
          event,
          by: { userId: actor.user.id, kind: access.shopRoleOf(actor, shop.id) },
          ...(options.reason === undefined ? {} : { reason: options.reason }),
          origin: options.origin,
        }),
      );
      await deps.money.settle(current.id);
      return shopOrder(shop.id, orderId);
    },

    checkoutFor,

    /** The resident changes their mind before the shop has accepted: stock back, card refunded. */
    async cancelForResident(
      actor: Actor | null,
      guestToken: string | null,
      checkoutId: string,
      orderId: string,
      origin: RequestOrigin,
    ): Promise<CheckoutDetail> {
      const checkout = await ownCheckout(actor, guestToken, checkoutId);
      const order = await knex('shop_orders')
        .where({ id: orderId, checkout_id: checkout.id })
        .first<{ id: string } | undefined>('id');
      if (!order) throw notFound('The order');
      await knex.transaction((trx) =>
        applyTransition(trx, deps, {
          orderId: order.id,
          event: 'cancel',
          by: { userId: actor?.user.id ?? null, kind: 'customer' },
          origin,
        }),
      );
      await deps.money.settle(order.id);
      return checkoutFor(actor, guestToken, checkout.id);
    },

    async checkoutsOf(
      actor: Actor | null,
      query: MyCheckoutListQuery,
    ): Promise<ListResponse<CheckoutDetail['checkout']>> {
      if (!actor) throw new AppError('unauthenticated');
      const cursor = decodeCursor(query.cursor, 'created');
      const rows = await orders.checkoutsOfUser(
        actor.user.id,
        cursor ? { at: cursor.key, id: cursor.id } : null,
        query.limit,
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: (await detailsOf(page)).map((detail) => detail.checkout),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'created', key: last.created_at, id: last.id })
            : null,
      };
    },
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;
